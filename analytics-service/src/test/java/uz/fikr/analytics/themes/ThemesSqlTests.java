package uz.fikr.analytics.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uz.fikr.events.FeedbackCategory;

class ThemesSqlTests {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    private static final List<TextQuestion> COMMENTS = List.of(new TextQuestion("demo", 1, "comment", "overall"),
            new TextQuestion("service-quality", 2, "comment", "overall"));

    @Test
    void feedback_filters_are_quoted_literals_and_dates_whole_days_in_the_library_time_zone() {
        ThemeQuery query = new ThemeQuery(Source.ALL, "reading_rooms", FeedbackCategory.COMPLAINT,
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), null, 20);

        assertThat(ThemeSql.feedbackWhere(query, TASHKENT)).isEqualTo(
                "received_at >= toDateTime('2026-10-31 19:00:00', 'UTC')"
                        + " AND received_at < toDateTime('2026-11-30 19:00:00', 'UTC')"
                        + " AND service_area = 'reading_rooms' AND category = 'complaint'");
    }

    @Test
    void answers_are_read_only_for_the_given_free_text_questions() {
        ThemeQuery query = new ThemeQuery(Source.ANSWERS, null, null, null, LocalDate.of(2026, 11, 30), null, 20);

        assertThat(ThemeSql.answersWhere(query, COMMENTS, TASHKENT)).isEqualTo(
                "survey_id IN ('demo', 'service-quality')"
                        + " AND has([('demo', '1', 'comment'), ('service-quality', '2', 'comment')],"
                        + " (survey_id, toString(survey_version), question_id))"
                        + " AND received_at < toDateTime('2026-11-30 19:00:00', 'UTC')");
        assertThat(ThemeSql.themes(query, COMMENTS, TASHKENT)).containsEntry("areas", "'overall', 'overall'")
                .containsEntry("feedbackWhere", "0");
    }

    @Test
    void a_source_left_out_selects_nothing_and_the_query_stays_valid() {
        ThemeQuery feedbackOnly = new ThemeQuery(Source.FEEDBACK, null, null, null, null, null, 7);

        Map<String, String> values = ThemeSql.themes(feedbackOnly, List.of(), TASHKENT);

        assertThat(values).containsEntry("feedbackWhere", "1").containsEntry("answersWhere", "0")
                .containsEntry("questions", "('', '', '')").containsEntry("areas", "''").containsEntry("limit", "7");
        assertThat(ThemeSql.THEMES.render("fikr", values)).doesNotContain("${").endsWith("FORMAT JSONEachRow\n");
    }

    @Test
    void a_branch_restricts_both_sources_and_the_survey_lookup_to_that_branch() {
        ThemeQuery query = new ThemeQuery(Source.ALL, null, null, null, null, "demo", 20, "chilonzor");

        assertThat(ThemeSql.feedbackWhere(query, TASHKENT)).isEqualTo("branch = 'chilonzor'");
        assertThat(ThemeSql.answersWhere(query, COMMENTS, TASHKENT)).endsWith(" AND branch = 'chilonzor'");
        assertThat(ThemeSql.textSurveys(query, TASHKENT)).containsEntry("where",
                "branch = 'chilonzor' AND survey_id = 'demo'");
    }

    @Test
    void survey_versions_with_text_answers_are_looked_up_in_the_period_and_the_requested_survey() {
        ThemeQuery query = new ThemeQuery(Source.ALL, null, null, LocalDate.of(2026, 11, 1), null, "demo", 20);

        assertThat(ThemeSql.textSurveys(query, TASHKENT)).containsEntry("where",
                "received_at >= toDateTime('2026-10-31 19:00:00', 'UTC') AND survey_id = 'demo'");
    }

    @Test
    void a_category_leaves_the_answers_out_even_with_questions() {
        ThemeQuery praise = new ThemeQuery(Source.ALL, null, FeedbackCategory.PRAISE, null, null, null, 20);

        assertThat(ThemeSql.answersWhere(praise, COMMENTS, TASHKENT)).isEqualTo("0");
    }

    @Test
    void a_quote_in_an_identifier_cannot_end_its_literal() {
        List<TextQuestion> hostile = List.of(new TextQuestion("x') OR 1=1 --", 1, "comment", "over'all"));
        ThemeQuery query = new ThemeQuery(Source.ANSWERS, null, null, null, null, null, 20);

        assertThat(ThemeSql.themes(query, hostile, TASHKENT)).containsEntry("areas", "'over\\'all'")
                .containsEntry("questions", "('x\\') OR 1=1 --', '1', 'comment')");
    }
}
