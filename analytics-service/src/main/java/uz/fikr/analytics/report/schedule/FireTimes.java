package uz.fikr.analytics.report.schedule;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.springframework.scheduling.support.CronExpression;

/**
 * The latest time a cron fired at or before now. Spring's {@link CronExpression} only looks forward, so this looks
 * back from now in windows that double (a second, then two, ... up to {@value #YEARS} years) until one holds a
 * firing, then walks forward through that window to the last firing.
 */
final class FireTimes {

    static final int YEARS = 2;
    private static final int MAX_STEPS = 100_000;

    private FireTimes() {}

    static Optional<ZonedDateTime> latest(CronExpression cron, ZonedDateTime now) {
        Duration back = Duration.ofSeconds(1);
        ZonedDateTime horizon = now.minusYears(YEARS);
        while (true) {
            ZonedDateTime start = now.minus(back);
            ZonedDateTime first = cron.next(start);
            if (first != null && !first.isAfter(now)) {
                return Optional.of(lastUpTo(cron, first, now));
            }
            if (start.isBefore(horizon)) {
                return Optional.empty();
            }
            back = back.multipliedBy(2);
        }
    }

    private static ZonedDateTime lastUpTo(CronExpression cron, ZonedDateTime first, ZonedDateTime now) {
        ZonedDateTime latest = first;
        for (int step = 0; step < MAX_STEPS; step++) {
            ZonedDateTime next = cron.next(latest);
            if (next == null || next.isAfter(now)) {
                return latest;
            }
            latest = next;
        }
        return latest;
    }
}
