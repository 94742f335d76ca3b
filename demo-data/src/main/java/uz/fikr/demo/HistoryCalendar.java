package uz.fikr.demo;

import static java.util.Map.entry;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * When readers answer: in term time far more than in the summer holidays (schools close from June to August,
 * universities in July and August), a little more at exam time, on weekdays more than at the weekend, and while
 * the library is open (9:00 to 20:00), busiest in the afternoon.
 */
final class HistoryCalendar {

    private static final Map<Month, Integer> MONTHS = Map.ofEntries(
            entry(Month.JANUARY, 11), entry(Month.FEBRUARY, 9), entry(Month.MARCH, 10), entry(Month.APRIL, 10),
            entry(Month.MAY, 11), entry(Month.JUNE, 7), entry(Month.JULY, 4), entry(Month.AUGUST, 4),
            entry(Month.SEPTEMBER, 10), entry(Month.OCTOBER, 11), entry(Month.NOVEMBER, 11),
            entry(Month.DECEMBER, 10));

    private static final Map<DayOfWeek, Integer> WEEKDAYS = Map.of(
            DayOfWeek.MONDAY, 10, DayOfWeek.TUESDAY, 10, DayOfWeek.WEDNESDAY, 10, DayOfWeek.THURSDAY, 10,
            DayOfWeek.FRIDAY, 9, DayOfWeek.SATURDAY, 7, DayOfWeek.SUNDAY, 3);

    private static final Weighted<Integer> HOURS = Weighted.of(
            entry(9, 3), entry(10, 6), entry(11, 8), entry(12, 7), entry(13, 6), entry(14, 8), entry(15, 9),
            entry(16, 9), entry(17, 8), entry(18, 6), entry(19, 3));

    private final HistoryWindow window;
    private final Weighted<LocalDate> days;

    HistoryCalendar(HistoryWindow window) {
        this.window = window;
        this.days = Weighted.of(window.days(), HistoryCalendar::weight);
    }

    /** A moment of the history, drawn with the weights of its day and hour. */
    Instant draw(RandomGenerator random) {
        LocalDate day = days.draw(random);
        return day.atTime(HOURS.draw(random), 0).atZone(window.zone()).toInstant()
                .plusSeconds(random.nextInt(3600)).plusMillis(random.nextInt(1000));
    }

    /** How busy a day is, relative to the others. */
    static double weight(LocalDate day) {
        return MONTHS.get(day.getMonth()) * WEEKDAYS.get(day.getDayOfWeek());
    }
}
