package uz.fikr.analytics.clickhouse;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Applies the schema migrations as soon as ClickHouse answers, retrying in the background, so that the service
 * starts (and reports not-ready) even while ClickHouse is still down. Until the schema is in place, inserts fail and
 * are retried like any other ClickHouse outage.
 */
@Component
class SchemaInitializer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SchemaInitializer.class);
    private static final Duration RETRY = Duration.ofSeconds(2);

    private final SchemaMigrations migrations;
    private volatile boolean ready;
    private volatile Thread worker;

    SchemaInitializer(SchemaMigrations migrations) {
        this.migrations = migrations;
    }

    boolean isReady() {
        return ready;
    }

    @Override
    public void start() {
        try {
            migrateNow();
        } catch (ClickHouseUnavailableException e) {
            log.warn("ClickHouse schema not applied yet, will retry every {}: {}", RETRY, e.getMessage());
            worker = Thread.ofVirtual().name("clickhouse-schema").start(this::retryUntilApplied);
        }
    }

    private void migrateNow() {
        int applied = migrations.migrate();
        ready = true;
        log.info("ClickHouse schema is up to date ({} versions applied now)", applied);
    }

    private void retryUntilApplied() {
        while (!ready && !Thread.currentThread().isInterrupted()) {
            try {
                TimeUnit.MILLISECONDS.sleep(RETRY.toMillis());
                migrateNow();
            } catch (ClickHouseUnavailableException e) {
                log.debug("ClickHouse schema still not applied: {}", e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void stop() {
        Thread running = worker;
        if (running != null) {
            running.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return ready || worker != null;
    }

    /** Before the Kafka listeners, which start in a later phase. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 100;
    }
}
