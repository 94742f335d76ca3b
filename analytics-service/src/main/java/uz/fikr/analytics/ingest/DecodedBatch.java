package uz.fikr.analytics.ingest;

import java.util.List;

/** A polled batch split into the events to store and the records to dead-letter. */
record DecodedBatch<T>(List<T> events, List<DeadLetter> deadLetters) {

    DecodedBatch {
        events = List.copyOf(events);
        deadLetters = List.copyOf(deadLetters);
    }

    /** The slices of one batch, in order, as one batch. */
    static <T> DecodedBatch<T> concat(List<DecodedBatch<T>> slices) {
        return new DecodedBatch<>(slices.stream().flatMap(slice -> slice.events().stream()).toList(),
                slices.stream().flatMap(slice -> slice.deadLetters().stream()).toList());
    }
}
