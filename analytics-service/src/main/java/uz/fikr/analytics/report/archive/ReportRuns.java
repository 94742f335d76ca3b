package uz.fikr.analytics.report.archive;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import uz.fikr.analytics.clickhouse.ClickHouseUnavailableException;
import uz.fikr.analytics.report.ReportRequest;

/**
 * On-demand runs: each is generated on a small bounded pool ({@link RunsProperties}) and archived; its status and
 * progress live in this instance's memory for {@code keep} after it ends. A full queue refuses a new run rather
 * than letting work pile up. The archived report is the durable result; a run that was under way when the
 * instance stopped is lost and has to be asked for again.
 */
@Component
class ReportRuns implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReportRuns.class);

    private final ReportMaker maker;
    private final RunsProperties properties;
    private final Clock clock;
    private final ThreadPoolExecutor executor;
    private final Map<UUID, Run> runs = new ConcurrentHashMap<>();

    ReportRuns(ReportMaker maker, RunsProperties properties, Clock clock) {
        this.maker = maker;
        this.properties = properties;
        this.clock = clock;
        this.executor = new ThreadPoolExecutor(properties.concurrency(), properties.concurrency(), 0,
                TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(properties.queue()),
                Thread.ofPlatform().name("report-run-", 1).daemon(true).factory());
    }

    Run start(ReportRequest request) {
        runs.values().removeIf(run -> run.finishedBefore(clock.instant().minus(properties.keep())));
        Run run = new Run(UUID.randomUUID());
        runs.put(run.id(), run);
        try {
            executor.execute(() -> execute(run, request));
        } catch (RejectedExecutionException e) {
            runs.remove(run.id());
            throw new RunsBusyException("Every report runner is busy (" + properties.concurrency() + " running, "
                    + properties.queue() + " waiting); ask again shortly.");
        }
        return run;
    }

    Optional<Run> find(UUID runId) {
        return Optional.ofNullable(runs.get(runId));
    }

    private void execute(Run run, ReportRequest request) {
        run.running();
        try {
            ArchivedReport report = maker.make(request, run);
            run.done(report.id(), clock.instant());
        } catch (ClickHouseUnavailableException e) {
            log.warn("Report run {} failed: {}", run.id(), e.getMessage());
            run.failed("The analytics store did not answer; ask for the report again shortly.", clock.instant());
        } catch (RuntimeException e) {
            log.warn("Report run {} failed", run.id(), e);
            run.failed("The report could not be written: " + e.getMessage(), clock.instant());
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
