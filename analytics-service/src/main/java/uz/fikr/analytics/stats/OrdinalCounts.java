package uz.fikr.analytics.stats;

import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** Counts per value of an ordinal item (a 1-5 rating, say): median and top-box share without raw answers. */
public record OrdinalCounts(NavigableMap<Integer, Long> counts) {

    public OrdinalCounts {
        counts = new TreeMap<>(counts);
    }

    public static OrdinalCounts of(Map<Integer, Long> counts) {
        return new OrdinalCounts(new TreeMap<>(counts));
    }

    public long n() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The median; for an even n whose middle falls between two values, their midpoint. */
    public Optional<Double> median() {
        long n = n();
        if (n == 0) {
            return Optional.empty();
        }
        return Optional.of((valueAtRank((n + 1) / 2) + valueAtRank(n / 2 + 1)) / 2.0);
    }

    /** The share answering {@code threshold} or higher (top-2-box of 1-5: threshold 4), with its Wilson interval. */
    public Proportion atLeast(int threshold) {
        long top = counts.tailMap(threshold, true).values().stream().mapToLong(Long::longValue).sum();
        return new Proportion(top, n());
    }

    private int valueAtRank(long rank) {
        long seen = 0;
        for (Map.Entry<Integer, Long> entry : counts.entrySet()) {
            seen += entry.getValue();
            if (seen >= rank) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("rank beyond n");
    }
}
