package uz.fikr.analytics.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Inserts that run side by side on virtual threads and all finish (or fail) before {@link #close()} returns; the
 * first failure is rethrown, so the batch is retried whole.
 */
final class StructuredInserts implements AutoCloseable {

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Future<?>> running = new ArrayList<>();

    void run(Runnable insert) {
        running.add(threads.submit(insert));
    }

    @Override
    public void close() {
        RuntimeException failure = null;
        for (Future<?> insert : running) {
            try {
                insert.get();
            } catch (ExecutionException e) {
                RuntimeException cause = e.getCause() instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException(e.getCause());
                if (failure == null) {
                    failure = cause;
                } else {
                    failure.addSuppressed(cause);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new IllegalStateException("Interrupted while inserting", e);
            }
        }
        threads.close();
        if (failure != null) {
            throw failure;
        }
    }
}
