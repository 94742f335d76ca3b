package uz.fikr.analytics.report.archive;

import java.time.Clock;
import org.springframework.stereotype.Component;
import uz.fikr.analytics.report.GeneratedReport;
import uz.fikr.analytics.report.ReportGenerator;
import uz.fikr.analytics.report.ReportProgress;
import uz.fikr.analytics.report.ReportRequest;

/** Generates a report now and archives it: what an on-demand run and a scheduled delivery both do. */
@Component
public class ReportMaker {

    private final ReportGenerator generator;
    private final ReportArchive archive;
    private final Clock clock;

    ReportMaker(ReportGenerator generator, ReportArchive archive, Clock clock) {
        this.generator = generator;
        this.archive = archive;
        this.clock = clock;
    }

    public ArchivedReport make(ReportRequest request, ReportProgress progress) {
        GeneratedReport report = generator.generate(request, clock.instant(), progress);
        return archive.store(report);
    }
}
