package uz.fikr.analytics.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseCountSqlTests {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");

    @Test
    void responses_are_counted_by_distinct_id_from_the_responses_table_under_the_whole_filter() {
        AnswerFilter filter = new AnswerFilter(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), 2, "central",
                "student", "18_24", "qr");

        String sql = AnswerCounts.RESPONSES.render("fikr", Map.of("where", Conditions.of("demo", filter, TASHKENT)));

        assertThat(sql.lines().filter(line -> !line.startsWith("--")).toList()).containsExactly(
                "SELECT uniqExact(response_id) AS responses",
                "FROM fikr.responses",
                "WHERE survey_id = 'demo' AND received_at >= toDateTime('2026-10-31 19:00:00', 'UTC')"
                        + " AND received_at < toDateTime('2026-11-30 19:00:00', 'UTC') AND survey_version = 2"
                        + " AND branch = 'central' AND reader_group = 'student' AND age_band = '18_24'"
                        + " AND channel = 'qr'",
                "FORMAT JSONEachRow");
    }
}
