package uz.fikr.analytics.report.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.List;
import uz.fikr.analytics.report.ReportPeriod;

/** Periods, days and moments in the report's words: "Noyabr 2026", "III квартал 2026", "1 October 2026". */
final class PeriodWords {

    private static final List<String> ROMAN = List.of("I", "II", "III", "IV");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ReportText text;

    PeriodWords(ReportText text) {
        this.text = text;
    }

    String period(ReportPeriod period) {
        LocalDate from = period.from();
        String year = Integer.toString(from.getYear());
        return switch (period.kind()) {
            case MONTH -> text.get("period.month", text.get("month." + from.getMonthValue()), year);
            case QUARTER -> {
                int quarter = from.get(IsoFields.QUARTER_OF_YEAR);
                yield text.get("period.quarter", ROMAN.get(quarter - 1), year, Integer.toString(quarter));
            }
            case YEAR -> text.get("period.year", year);
            case CUSTOM -> text.get("period.custom", day(period.from()), day(period.to()));
        };
    }

    /** A day with its month in words. */
    String day(LocalDate day) {
        return text.get("date", Integer.toString(day.getDayOfMonth()), text.get("monthOf." + day.getMonthValue()),
                Integer.toString(day.getYear()));
    }

    /** The first day of a week of a trend: "from 3 November 2026". */
    String week(LocalDate monday) {
        return text.get("period.week", day(monday));
    }

    /** The moment a report was generated, in the library's time zone. */
    String generated(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        return text.get("cover.generated", day(local.toLocalDate()), TIME.format(local), zone.getId());
    }
}
