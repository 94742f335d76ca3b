package uz.fikr.analytics.report.archive;

/** An archived report, a run or a report definition that does not exist (404). */
public class ReportNotFoundException extends RuntimeException {

    public ReportNotFoundException(String message) {
        super(message);
    }
}
