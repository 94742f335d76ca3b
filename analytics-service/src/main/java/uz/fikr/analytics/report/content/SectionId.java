package uz.fikr.analytics.report.content;

/** The sections of a report, in the order they appear; the id names the XLSX sheet and the CSV files' prefix. */
public enum SectionId {
    /** Key figures against the previous period and the same period last year, with intervals and tests. */
    KPIS("kpis"),
    /** Service-quality gaps per dimension and item: zone-of-tolerance chart and table. */
    QUALITY("quality"),
    /** Comparisons by branch and reader group; suppressed groups left out and said so. */
    COMPARISONS("comparisons"),
    /** Trends of the key figures by month (week for a month's report). */
    TRENDS("trends"),
    /** Reader needs: wanted services and the lowest rated, per reader group. */
    NEEDS("needs"),
    /** Themes and representative comments from free text, without personal data. */
    THEMES("themes"),
    /** n, responses per channel, margin of error, excluded answers, suppression rule, tests used. */
    METHODOLOGY("methodology");

    private final String id;

    SectionId(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
