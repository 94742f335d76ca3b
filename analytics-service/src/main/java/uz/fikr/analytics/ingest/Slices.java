package uz.fikr.analytics.ingest;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Work on a large batch split into consecutive slices that run on all cores, results in the batch's order. Ingestion
 * decodes and encodes while ClickHouse and the broker wait for it, so the other cores would otherwise be idle. An
 * exception from a slice surfaces as it was thrown.
 */
final class Slices {

    private static final int CORES = Runtime.getRuntime().availableProcessors();
    /** Below this a slice is not worth handing to another thread. */
    private static final int MINIMUM = 500;

    private Slices() {}

    static <T, R> List<R> inParallel(List<T> items, Function<List<T>, R> work) {
        int slices = Math.min(CORES, items.size() / MINIMUM);
        if (slices <= 1) {
            return List.of(work.apply(items));
        }
        return IntStream.range(0, slices).parallel()
                .mapToObj(slice -> items.subList(items.size() * slice / slices, items.size() * (slice + 1) / slices))
                .map(work)
                .toList();
    }
}
