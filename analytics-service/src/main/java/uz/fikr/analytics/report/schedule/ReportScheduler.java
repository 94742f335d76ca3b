package uz.fikr.analytics.report.schedule;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;
import uz.fikr.analytics.report.ReportPeriod;

/**
 * Every instance's scheduler tick: for each enabled definition, the latest firing at or before now (its cron in its
 * time zone) and the period it covers; if that period was not sent, the firing is recent enough (or an attempt for
 * it already failed) and no retry pause is running, a {@link ReportDue} goes to Kafka. Two instances, or a restart,
 * may ask twice for the same period: the delivery listener sends it once (see docs/REPORTS.md, "Sent once").
 */
@Component
class ReportScheduler {

    private static final Logger log = LoggerFactory.getLogger(ReportScheduler.class);

    private final ReportDefinitions definitions;
    private final ReportDeliveries deliveries;
    private final KafkaTemplate<String, byte[]> kafka;
    private final ScheduleProperties properties;
    private final Clock clock;
    private final Counter ticks;
    /** When this instance last asked for a (definition, period), so that it does not ask on every tick. */
    private final Map<String, Instant> asked = new ConcurrentHashMap<>();

    ReportScheduler(ReportDefinitions definitions, ReportDeliveries deliveries, KafkaTemplate<String, byte[]> kafka,
            ScheduleProperties properties, Clock clock, MeterRegistry registry) {
        this.definitions = definitions;
        this.deliveries = deliveries;
        this.kafka = kafka;
        this.properties = properties;
        this.clock = clock;
        this.ticks = registry.counter("fikr.reports.schedule.ticks");
    }

    @Scheduled(initialDelayString = "${fikr.reports.schedule.tick-every}",
            fixedDelayString = "${fikr.reports.schedule.tick-every}")
    void scheduledTick() {
        try {
            tick();
        } catch (RuntimeException e) {
            log.warn("Report schedules not looked at now, next try in {}: {}", properties.tickEvery(),
                    e.getMessage());
        }
    }

    /**
     * Looks at every enabled definition once; returns the due events it published. A definition that cannot be
     * looked at now (ClickHouse, the broker) is tried again at the next tick, and the others still are now.
     */
    List<ReportDue> tick() {
        Instant now = clock.instant();
        asked.values().removeIf(at -> at.isBefore(now.minus(properties.catchUp()).minus(properties.retryMax())));
        List<ReportDue> published = new ArrayList<>();
        for (ReportDefinition definition : definitions.all()) {
            if (!definition.enabled()) {
                continue;
            }
            try {
                due(definition, now).ifPresent(due -> {
                    publish(due);
                    asked.put(key(due.definitionId(), due.period()), now);
                    published.add(due);
                });
            } catch (RuntimeException e) {
                log.warn("Report {} not looked at now, next try at the next tick: {}", definition.id(),
                        e.getMessage());
            }
        }
        ticks.increment();
        return published;
    }

    private Optional<ReportDue> due(ReportDefinition definition, Instant now) {
        ZonedDateTime local = now.atZone(definition.timeZone());
        Optional<ZonedDateTime> fired = FireTimes.latest(CronExpression.parse(definition.cron()), local);
        if (fired.isEmpty()) {
            return Optional.empty();
        }
        Instant fireTime = fired.get().toInstant();
        ReportPeriod period = ReportPeriod.lastBefore(definition.periodKind(), fired.get().toLocalDate());
        ReportDeliveries.State state = deliveries.state(definition.id(), period);
        if (state.sent()) {
            return Optional.empty();
        }
        if (state.failures() == 0 && fireTime.isBefore(now.minus(properties.catchUp()))) {
            return Optional.empty();
        }
        Duration pause = properties.retryAfter(state.failures());
        Instant lastFailure = state.lastFailure();
        Instant lastAsked = asked.get(key(definition.id(), period));
        if (lastFailure != null && lastFailure.plus(pause).isAfter(now)
                || lastAsked != null && lastAsked.plus(pause).isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(ReportDue.of(definition.id(), period, fireTime));
    }

    private void publish(ReportDue due) {
        try {
            kafka.send(ReportDue.TOPIC, due.definitionId(), due.json())
                    .get(properties.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
            log.info("Report {} is due for {} to {} (fired {})", due.definitionId(), due.periodFrom(), due.periodTo(),
                    due.fireTime());
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The broker did not take the due report " + due.definitionId(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing a due report", e);
        }
    }

    private static String key(String definitionId, ReportPeriod period) {
        return definitionId + "/" + period.kind().parameter() + "/" + period.from();
    }
}
