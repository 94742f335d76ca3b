package uz.fikr.analytics.report;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;

/**
 * The days a report covers, both inclusive, in the library's time zone (as every analytics filter).
 *
 * @param kind how the period is cut; {@link #previous()} follows it
 */
public record ReportPeriod(PeriodKind kind, LocalDate from, LocalDate to) {

    public ReportPeriod {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from must not be after to");
        }
    }

    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(PeriodKind.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    /** The quarter (1 to 4) of a year. */
    public static ReportPeriod quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4");
        }
        LocalDate first = LocalDate.of(year, Month.of(3 * quarter - 2), 1);
        return new ReportPeriod(PeriodKind.QUARTER, first, first.plusMonths(3).minusDays(1));
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(PeriodKind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static ReportPeriod custom(LocalDate from, LocalDate to) {
        return new ReportPeriod(PeriodKind.CUSTOM, from, to);
    }

    /**
     * The last whole period of a kind that ends before a day: on 1 December, the month of November, the third
     * quarter... of the calendar, not the last thirty days.
     */
    public static ReportPeriod lastBefore(PeriodKind kind, LocalDate day) {
        return switch (kind) {
            case MONTH -> month(YearMonth.from(day).minusMonths(1));
            case QUARTER -> {
                LocalDate inPrevious = day.withDayOfMonth(1).minusMonths(3);
                yield quarter(inPrevious.getYear(), inPrevious.get(IsoFields.QUARTER_OF_YEAR));
            }
            case YEAR -> year(day.getYear() - 1);
            case CUSTOM -> throw new IllegalArgumentException("a custom period has no calendar");
        };
    }

    /** The period just before this one, of the same kind: the previous month, quarter or year, or as many days. */
    public ReportPeriod previous() {
        return switch (kind) {
            case MONTH -> month(YearMonth.from(from).minusMonths(1));
            case QUARTER -> lastBefore(PeriodKind.QUARTER, from);
            case YEAR -> year(from.getYear() - 1);
            case CUSTOM -> {
                long days = ChronoUnit.DAYS.between(from, to) + 1;
                yield custom(from.minusDays(days), from.minusDays(1));
            }
        };
    }

    /** The same period one year earlier. */
    public ReportPeriod sameLastYear() {
        return switch (kind) {
            case MONTH -> month(YearMonth.from(from).minusYears(1));
            case QUARTER, YEAR, CUSTOM -> new ReportPeriod(kind, from.minusYears(1), to.minusYears(1));
        };
    }
}
