package uz.fikr.analytics.report.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.CronExpression;
import uz.fikr.analytics.report.PeriodKind;
import uz.fikr.analytics.report.ReportPeriod;

/** The latest firing of a schedule at or before now, and the period it reports on. */
class FireTimesTests {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");

    @Test
    void onTheFirstOfDecemberAtEightTheMonthlyScheduleReportsOnNovember() {
        ZonedDateTime fired = latest(ReportDefinition.defaultCron(PeriodKind.MONTH), "2026-12-01T08:00");

        assertThat(fired).isEqualTo(at("2026-12-01T08:00"));
        assertThat(ReportPeriod.lastBefore(PeriodKind.MONTH, fired.toLocalDate()))
                .isEqualTo(ReportPeriod.month(java.time.YearMonth.of(2026, 11)));
    }

    @Test
    void aSecondBeforeEightTheLatestFiringIsTheMonthBefore() {
        assertThat(latest(ReportDefinition.defaultCron(PeriodKind.MONTH), "2026-12-01T07:59:59"))
                .isEqualTo(at("2026-11-01T08:00"));
    }

    @Test
    void inDecemberTheQuarterlyScheduleLastFiredInOctoberForTheThirdQuarter() {
        ZonedDateTime fired = latest(ReportDefinition.defaultCron(PeriodKind.QUARTER), "2026-12-15T10:00");

        assertThat(fired).isEqualTo(at("2026-10-01T08:00"));
        assertThat(ReportPeriod.lastBefore(PeriodKind.QUARTER, fired.toLocalDate()))
                .isEqualTo(ReportPeriod.quarter(2026, 3));
    }

    @Test
    void theYearlyScheduleLooksBackAlmostAYear() {
        ZonedDateTime fired = latest(ReportDefinition.defaultCron(PeriodKind.YEAR), "2026-12-31T23:00");

        assertThat(fired).isEqualTo(at("2026-01-01T08:00"));
        assertThat(ReportPeriod.lastBefore(PeriodKind.YEAR, fired.toLocalDate())).isEqualTo(ReportPeriod.year(2025));
    }

    @Test
    void aScheduleFiringEverySecondIsFoundAtOnce() {
        assertThat(latest("* * * * * *", "2026-12-01T08:00:00.500")).isEqualTo(at("2026-12-01T08:00"));
    }

    @Test
    void aScheduleThatNeverFiresHasNoLatestFiring() {
        assertThat(FireTimes.latest(CronExpression.parse("0 0 8 30 2 *"), at("2026-12-01T08:00"))).isEmpty();
    }

    @Test
    void retriesWaitLongerAfterEachFailureUpToTheLongestPause() {
        ScheduleProperties properties = new ScheduleProperties(Duration.ofSeconds(30), Duration.ofDays(3),
                Duration.ofMinutes(5), Duration.ofHours(2), "fikr@library.uz", Duration.ofSeconds(10), "group");

        assertThat(properties.retryAfter(1)).isEqualTo(Duration.ofMinutes(5));
        assertThat(properties.retryAfter(2)).isEqualTo(Duration.ofMinutes(10));
        assertThat(properties.retryAfter(5)).isEqualTo(Duration.ofMinutes(80));
        assertThat(properties.retryAfter(6)).isEqualTo(Duration.ofHours(2));
        assertThat(properties.retryAfter(60)).isEqualTo(Duration.ofHours(2));
    }

    private static ZonedDateTime latest(String cron, String now) {
        return FireTimes.latest(CronExpression.parse(cron), at(now)).orElseThrow();
    }

    private static ZonedDateTime at(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(TASHKENT);
    }
}
