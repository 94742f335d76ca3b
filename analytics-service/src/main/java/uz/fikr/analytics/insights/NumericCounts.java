package uz.fikr.analytics.insights;

import java.util.Map;
import java.util.TreeMap;
import uz.fikr.analytics.stats.Moments;
import uz.fikr.analytics.stats.OrdinalCounts;

/** Counts per whole-number answer of one question (in one group): everything its figures need. */
record NumericCounts(TreeMap<Integer, Long> counts) {

    static NumericCounts empty() {
        return new NumericCounts(new TreeMap<>());
    }

    void add(String value, long count) {
        counts.merge((int) Math.round(Double.parseDouble(value)), count, Long::sum);
    }

    long n() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    Moments moments() {
        long n = 0;
        double sum = 0;
        double squares = 0;
        for (Map.Entry<Integer, Long> entry : counts.entrySet()) {
            n += entry.getValue();
            sum += (double) entry.getKey() * entry.getValue();
            squares += (double) entry.getKey() * entry.getKey() * entry.getValue();
        }
        return new Moments(n, sum, squares);
    }

    OrdinalCounts ordinal() {
        return OrdinalCounts.of(counts);
    }

    Map<String, Long> labelled() {
        Map<String, Long> labelled = new java.util.LinkedHashMap<>();
        counts.forEach((value, count) -> labelled.put(Integer.toString(value), count));
        return labelled;
    }
}
