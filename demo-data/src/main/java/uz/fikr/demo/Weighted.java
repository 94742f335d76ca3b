package uz.fikr.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** A fixed set of values drawn with given relative weights; the order of the values keeps draws reproducible. */
record Weighted<T>(List<T> values, List<Double> cumulativeWeights) {

    @SafeVarargs
    static <T> Weighted<T> of(Map.Entry<T, ? extends Number>... weightedValues) {
        List<Double> cumulative = new ArrayList<>();
        double total = 0;
        for (Map.Entry<T, ? extends Number> entry : weightedValues) {
            double weight = entry.getValue().doubleValue();
            if (weight <= 0) {
                throw new IllegalArgumentException("Weight of " + entry.getKey() + " must be positive");
            }
            total += weight;
            cumulative.add(total);
        }
        List<T> values = Arrays.stream(weightedValues).map(Map.Entry::getKey).toList();
        return new Weighted<>(values, List.copyOf(cumulative));
    }

    T draw(RandomGenerator random) {
        double point = random.nextDouble() * cumulativeWeights.getLast();
        for (int i = 0; i < values.size(); i++) {
            if (point < cumulativeWeights.get(i)) {
                return values.get(i);
            }
        }
        return values.getLast();
    }
}
