package uz.fikr.analytics.report.content;

/** The charts a report draws. */
public enum ChartKind {
    /** Per category, a point with its confidence interval as a line (comparisons, KPIs). */
    INTERVALS,
    /** Per item, the zone of tolerance (minimum to desired) as a bar and the perceived level as a point. */
    ZONE,
    /** Over periods in order, a line through the values with the interval as a band; null values are gaps. */
    TREND
}
