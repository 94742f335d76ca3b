package uz.fikr.analytics.report.archive;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many on-demand reports this instance writes at once.
 *
 * @param concurrency reports generated at the same time ({@code FIKR_REPORT_RUNS_CONCURRENCY}, 1 to 4): each takes
 *     a core while it renders
 * @param queue runs waiting for a free runner ({@code FIKR_REPORT_RUNS_QUEUE}); one more is refused with 503
 * @param keep how long a finished run's status can still be asked for
 */
@ConfigurationProperties("fikr.reports.runs")
public record RunsProperties(int concurrency, int queue, Duration keep) {

    public RunsProperties {
        if (concurrency < 1 || concurrency > 4) {
            throw new IllegalArgumentException("fikr.reports.runs.concurrency must be 1 to 4");
        }
        if (queue < 1) {
            throw new IllegalArgumentException("fikr.reports.runs.queue must be 1 or more");
        }
    }
}
