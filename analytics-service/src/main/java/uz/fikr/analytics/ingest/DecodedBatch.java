package uz.fikr.analytics.ingest;

import java.util.List;

/** A polled batch split into the events to store and the records to dead-letter. */
record DecodedBatch<T>(List<T> events, List<DeadLetter> deadLetters) {

    DecodedBatch {
        events = List.copyOf(events);
        deadLetters = List.copyOf(deadLetters);
    }
}
