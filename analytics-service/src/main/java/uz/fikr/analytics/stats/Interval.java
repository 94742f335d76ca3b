package uz.fikr.analytics.stats;

/** A two-sided confidence interval. */
public record Interval(double lower, double upper) {

    public static Interval point(double value) {
        return new Interval(value, value);
    }

    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }
}
