package uz.fikr.dashboard.trends;

/** A 95% confidence interval as analytics-service sends it ({@code {"lower": 3.2, "upper": 3.6}}). */
public record Interval(double lower, double upper) {
}
