package uz.fikr.analytics.report;

/** Told as a report is generated, so a user waiting for it sees how far it is. */
@FunctionalInterface
public interface ReportProgress {

    ReportProgress NONE = (done, total, step) -> { };

    /**
     * @param done steps finished so far
     * @param total steps in all (may grow while the report is assembled)
     * @param step the step now under way, e.g. {@code gaps}, {@code pdf}
     */
    void step(int done, int total, String step);
}
