package uz.fikr.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;

/** A fixed set of values drawn with given relative weights; the order of the values keeps draws reproducible. */
record Weighted<T>(List<T> values, List<Double> cumulativeWeights) {

    @SafeVarargs
    static <T> Weighted<T> of(Map.Entry<T, ? extends Number>... weightedValues) {
        return withWeights(Arrays.stream(weightedValues).map(Map.Entry::getKey).toList(),
                Arrays.stream(weightedValues).map(entry -> entry.getValue().doubleValue()).toList());
    }

    /** The values with their weights, in the values' order. */
    static <T> Weighted<T> of(List<T> values, ToDoubleFunction<? super T> weight) {
        return withWeights(values, values.stream().map(weight::applyAsDouble).toList());
    }

    private static <T> Weighted<T> withWeights(List<T> values, List<Double> weights) {
        List<Double> cumulative = new ArrayList<>();
        double total = 0;
        for (int i = 0; i < values.size(); i++) {
            if (weights.get(i) <= 0) {
                throw new IllegalArgumentException("Weight of " + values.get(i) + " must be positive");
            }
            total += weights.get(i);
            cumulative.add(total);
        }
        return new Weighted<>(List.copyOf(values), List.copyOf(cumulative));
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
