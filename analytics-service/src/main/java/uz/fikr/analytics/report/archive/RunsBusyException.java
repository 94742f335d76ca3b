package uz.fikr.analytics.report.archive;

/** Every report runner is busy and the queue is full: 503 with Retry-After, nothing was started. */
class RunsBusyException extends RuntimeException {

    RunsBusyException(String message) {
        super(message);
    }
}
