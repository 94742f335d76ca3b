package uz.fikr.benchmark;

import org.jspecify.annotations.Nullable;

/**
 * One measured figure with its baseline from the same run (none for footprint figures).
 *
 * @param id stable key, e.g. {@code intake.throughput}
 * @param what what was measured, in words
 * @param baselineWhat what the baseline is, in words
 */
record Figure(String id, String what, String unit, Spread value, @Nullable String baselineWhat,
        @Nullable Spread baseline) {

    static Figure of(String id, String what, String unit, Spread value) {
        return new Figure(id, what, unit, value, null, null);
    }

    /** The value's median over the baseline's median, or null without a baseline. */
    @Nullable Double ratio() {
        return baseline == null || baseline.median() == 0 ? null : value.median() / baseline.median();
    }
}
