package uz.fikr.analytics.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uz.fikr.events.FeedbackCategory;
import uz.fikr.events.inbox.InboxStatus;

class InboxSqlTests {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    private static final List<FreeTextQuestion> COMMENTS = List.of(new FreeTextQuestion("demo", 1, "comment"),
            new FreeTextQuestion("rooms", 2, "wanted.other"));
    private static final UUID ID = UUID.fromString("0b7e1c52-3f0a-4c55-9d3e-6f1a2b3c4d5e");

    @Test
    void feedback_filters_are_quoted_literals_and_dates_whole_days_in_the_library_time_zone() {
        InboxQuery query = query(null, FeedbackCategory.COMPLAINT, null, null);

        assertThat(InboxSql.feedbackWhere(query, TASHKENT)).isEqualTo(
                "received_at >= toDateTime('2026-10-31 19:00:00', 'UTC')"
                        + " AND received_at < toDateTime('2026-11-30 19:00:00', 'UTC')"
                        + " AND branch = 'central' AND channel = 'web' AND service_area = 'reading_rooms'"
                        + " AND category = 'complaint'");
        assertThat(InboxSql.answersWhere(query, COMMENTS, TASHKENT)).as("answers have no category").isEqualTo("0");
    }

    @Test
    void answers_are_read_only_for_free_text_questions_and_a_survey_leaves_feedback_out() {
        InboxQuery query = query("demo", null, null, null);

        assertThat(InboxSql.answersWhere(query, COMMENTS, TASHKENT)).isEqualTo(
                "survey_id IN ('demo', 'rooms')"
                        + " AND has([('demo', '1', 'comment'), ('rooms', '2', 'wanted.other')],"
                        + " (survey_id, toString(survey_version), question_id))"
                        + " AND received_at >= toDateTime('2026-10-31 19:00:00', 'UTC')"
                        + " AND received_at < toDateTime('2026-11-30 19:00:00', 'UTC')"
                        + " AND branch = 'central' AND channel = 'web' AND service_area = 'reading_rooms'");
        assertThat(InboxSql.feedbackWhere(query, TASHKENT)).isEqualTo("0");
        assertThat(InboxSql.answersWhere(query, List.of(), TASHKENT)).as("no free-text question").isEqualTo("0");
    }

    @Test
    void the_state_filters_and_the_text_search_are_quoted_literals() {
        assertThat(InboxSql.where(query(null, null, InboxStatus.IN_PROGRESS, "' OR 1=1 --"))).isEqualTo(
                "status = 'IN_PROGRESS' AND assignee = 'aziza'"
                        + " AND positionCaseInsensitiveUTF8(text, '\\' OR 1=1 --') > 0");
        assertThat(InboxSql.where(query(null, null, null, "%_\\")))
                .as("no LIKE pattern: % and _ are plain characters")
                .isEqualTo("assignee = 'aziza' AND positionCaseInsensitiveUTF8(text, '%_\\\\') > 0");
        assertThat(InboxSql.where(InboxQuery.ALL)).isEqualTo("1");
    }

    @Test
    void a_page_is_a_limit_and_an_offset_and_the_total_reads_the_same_items() {
        Map<String, String> values = InboxSql.page(InboxQuery.ALL, COMMENTS, TASHKENT);

        assertThat(values).containsEntry("feedbackWhere", "1").containsEntry("changesWhere", "1")
                .containsEntry("where", "1").containsEntry("limit", "50").containsEntry("offset", "0");
        String page = InboxSql.PAGE.render("fikr", values);
        String total = InboxSql.TOTAL.render("fikr", values);
        assertThat(page).doesNotContain("${").contains("LIMIT 50 OFFSET 0").endsWith("FORMAT JSONEachRow\n");
        assertThat(total).doesNotContain("${").startsWith("-- How many");
        assertThat(between(page, "FROM\n(", "\n)\nORDER BY")).isEqualTo(between(total, "FROM\n(", "\n)\nFORMAT"));
    }

    @Test
    void one_item_is_read_by_its_id_from_its_own_source_only() {
        Map<String, String> feedback = InboxSql.item(new ItemId.Feedback(ID), COMMENTS);
        Map<String, String> answer = InboxSql.item(new ItemId.Answer(ID, "comment"), COMMENTS);

        assertThat(feedback).containsEntry("feedbackWhere", "feedback_id = toUUID('" + ID + "')")
                .containsEntry("answersWhere", "0")
                .containsEntry("changesWhere", "item_id = 'feedback:" + ID + "'");
        assertThat(answer.get("answersWhere")).startsWith("response_id = toUUID('" + ID + "') AND question_id = "
                + "'comment' AND has([('demo', '1', 'comment'),");
        assertThat(answer).containsEntry("feedbackWhere", "0").containsEntry("limit", "1");
        assertThat(InboxSql.history(new ItemId.Answer(ID, "comment")))
                .containsEntry("itemId", "'answer:" + ID + ":comment'");
    }

    @Test
    void published_entries_are_looked_for_among_every_item() {
        Map<String, String> values = InboxSql.publicEntries(COMMENTS, 20, TASHKENT);

        assertThat(values).containsEntry("feedbackWhere", "1").containsEntry("where", "1")
                .containsEntry("limit", "20");
        assertThat(InboxSql.PUBLIC_ENTRIES.render("fikr", values))
                .contains("WHERE status = 'RESOLVED' AND has_public_entry = 1 AND published = 1");
    }

    private static InboxQuery query(String surveyId, FeedbackCategory category, InboxStatus status, String q) {
        return new InboxQuery(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), surveyId, "central", "web",
                "reading_rooms", category, null, status, "aziza", q, Paging.FIRST);
    }

    private static String between(String text, String start, String end) {
        return text.substring(text.indexOf(start), text.lastIndexOf(end));
    }
}
