package uz.fikr.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The span of the demo's history in the library's time zone: from the start of {@code first} to the start of
 * {@code today}. Today itself belongs to the live demo, whose responses are received now.
 */
public record HistoryWindow(LocalDate first, LocalDate today, ZoneId zone) {

    public HistoryWindow {
        if (!first.isBefore(today)) {
            throw new IllegalArgumentException("the history must start before today: " + first + " to " + today);
        }
    }

    /** The {@code months} before today as {@code clock} tells today, in the clock's time zone. */
    public static HistoryWindow monthsBefore(Clock clock, int months) {
        if (months < 1) {
            throw new IllegalArgumentException("months must be at least 1: " + months);
        }
        LocalDate today = LocalDate.now(clock);
        return new HistoryWindow(today.minusMonths(months), today, clock.getZone());
    }

    public Instant start() {
        return first.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the history: the start of today. */
    public Instant end() {
        return today.atStartOfDay(zone).toInstant();
    }

    /** Every day of the history, oldest first. */
    List<LocalDate> days() {
        return first.datesUntil(today).toList();
    }

    /** How far into the history an instant lies: 0 at its start, 1 at its end. */
    double progress(Instant at) {
        return (double) Duration.between(start(), at).toMillis() / Duration.between(start(), end()).toMillis();
    }

    LocalDate date(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }
}
