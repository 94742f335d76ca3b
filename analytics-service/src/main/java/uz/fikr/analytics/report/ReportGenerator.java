package uz.fikr.analytics.report;

import java.time.Instant;

/** Writes a report: gathers its numbers, words them in the report's language and renders PDF, XLSX and CSV. */
public interface ReportGenerator {

    /**
     * @param generatedAt the moment printed on the cover; the same request, data and moment give the same bytes
     */
    GeneratedReport generate(ReportRequest request, Instant generatedAt, ReportProgress progress);
}
