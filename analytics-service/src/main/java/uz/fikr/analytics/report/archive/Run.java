package uz.fikr.analytics.report.archive;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uz.fikr.analytics.report.ReportProgress;

/** One on-demand run as it goes: queued, running (with its progress), done (with its report) or failed. */
final class Run implements ReportProgress {

    enum Status { QUEUED, RUNNING, DONE, FAILED }

    private final UUID id;
    private volatile Status status = Status.QUEUED;
    private volatile int done;
    private volatile int total;
    private volatile @Nullable String step;
    private volatile @Nullable UUID reportId;
    private volatile @Nullable String error;
    private volatile @Nullable Instant finishedAt;

    Run(UUID id) {
        this.id = id;
    }

    UUID id() {
        return id;
    }

    void running() {
        status = Status.RUNNING;
    }

    @Override
    public void step(int done, int total, String step) {
        this.done = done;
        this.total = total;
        this.step = step;
    }

    void done(UUID report, Instant at) {
        reportId = report;
        finishedAt = at;
        status = Status.DONE;
    }

    void failed(String reason, Instant at) {
        error = reason;
        finishedAt = at;
        status = Status.FAILED;
    }

    boolean finishedBefore(Instant cutoff) {
        Instant finished = finishedAt;
        return finished != null && finished.isBefore(cutoff);
    }

    RunStatus status() {
        return new RunStatus(id, status.name().toLowerCase(java.util.Locale.ROOT), done, total, step, reportId,
                error);
    }

    /**
     * A run as {@code GET /api/v1/reports/runs/{runId}} answers it.
     *
     * @param status {@code queued}, {@code running}, {@code done} or {@code failed}
     * @param reportId the archived report, once done
     * @param error why it failed, once failed
     */
    record RunStatus(UUID runId, String status, int done, int total, @Nullable String step, @Nullable UUID reportId,
            @Nullable String error) {}
}
