package uz.fikr.analytics.report.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import uz.fikr.analytics.report.ReportLanguage;
import uz.fikr.analytics.report.ReportPeriod;

class PeriodWordsTests {

    private static PeriodWords words(ReportLanguage language) {
        return new PeriodWords(new ReportText(language));
    }

    @Test
    void aMonthIsNamedInEachLanguage() {
        ReportPeriod november = ReportPeriod.month(YearMonth.of(2026, 11));

        assertThat(words(ReportLanguage.UZ_LATN).period(november)).isEqualTo("Noyabr 2026");
        assertThat(words(ReportLanguage.RU).period(november)).isEqualTo("Ноябрь 2026");
        assertThat(words(ReportLanguage.EN).period(november)).isEqualTo("November 2026");
    }

    @Test
    void aQuarterAndAYearAreNamedInEachLanguage() {
        ReportPeriod third = ReportPeriod.quarter(2026, 3);

        assertThat(words(ReportLanguage.UZ_LATN).period(third)).isEqualTo("2026, III chorak");
        assertThat(words(ReportLanguage.RU).period(third)).isEqualTo("III квартал 2026 г.");
        assertThat(words(ReportLanguage.EN).period(third)).isEqualTo("Q3 2026");
        assertThat(words(ReportLanguage.UZ_LATN).period(ReportPeriod.year(2026))).isEqualTo("2026-yil");
        assertThat(words(ReportLanguage.RU).period(ReportPeriod.year(2026))).isEqualTo("2026 год");
    }

    @Test
    void aCustomPeriodNamesItsFirstAndLastDay() {
        ReportPeriod custom = ReportPeriod.custom(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));

        assertThat(words(ReportLanguage.EN).period(custom)).isEqualTo("1 October 2026 – 31 December 2026");
        assertThat(words(ReportLanguage.RU).period(custom)).isEqualTo("1 октября 2026 г. – 31 декабря 2026 г.");
        assertThat(words(ReportLanguage.UZ_LATN).period(custom))
                .isEqualTo("2026-yil 1-oktabr – 2026-yil 31-dekabr");
    }

    @Test
    void theGeneratedMomentIsWrittenInTheLibrarysTimeZone() {
        String generated = words(ReportLanguage.EN).generated(Instant.parse("2026-12-01T03:00:00Z"),
                ZoneId.of("Asia/Tashkent"));

        assertThat(generated).isEqualTo("Generated on 1 December 2026 at 08:00 (Asia/Tashkent)");
    }
}
