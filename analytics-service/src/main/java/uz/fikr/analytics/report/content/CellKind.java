package uz.fikr.analytics.report.content;

/** How the numbers of a column are written (see {@link ReportNumbers}); text columns hold text. */
public enum CellKind {
    TEXT,
    /** A whole number, grouped: 1 234. */
    COUNT,
    /** Two decimals: a mean, an interval's bound, a gap. */
    DECIMAL,
    /** Two decimals with a sign: a change, a gap. */
    SIGNED_DECIMAL,
    /** A share stored as a fraction (0.453) and written as a percentage with one decimal. */
    PERCENT,
    /** Points with a sign and no decimals beyond one: NPS and its changes. */
    POINTS,
    /** A p-value: three decimals, or "< 0.001". */
    P_VALUE
}
