package uz.fikr.analytics.report.archive;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import uz.fikr.analytics.report.GeneratedReport;
import uz.fikr.analytics.report.ReportGenerator;
import uz.fikr.analytics.report.ReportProgress;
import uz.fikr.analytics.report.ReportRequest;

/**
 * Generates a report now and archives it: what an on-demand run and a scheduled delivery both do. The generator is
 * looked up when a report is asked for, so the service runs (and serves its archive) even where none is installed;
 * asking for a report there fails with that reason.
 */
@Component
public class ReportMaker {

    private final ObjectProvider<ReportGenerator> generator;
    private final ReportArchive archive;
    private final Clock clock;

    ReportMaker(ObjectProvider<ReportGenerator> generator, ReportArchive archive, Clock clock) {
        this.generator = generator;
        this.archive = archive;
        this.clock = clock;
    }

    public ArchivedReport make(ReportRequest request, ReportProgress progress) {
        ReportGenerator installed = generator.getIfAvailable();
        if (installed == null) {
            throw new IllegalStateException("No report generator is installed in this service");
        }
        GeneratedReport report = installed.generate(request, clock.instant(), progress);
        return archive.store(report);
    }
}
