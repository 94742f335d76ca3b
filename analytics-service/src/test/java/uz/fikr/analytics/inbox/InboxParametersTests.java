package uz.fikr.analytics.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uz.fikr.analytics.survey.SurveyCatalog;
import uz.fikr.analytics.web.FieldError;
import uz.fikr.analytics.web.InvalidParametersException;
import uz.fikr.events.FeedbackCategory;
import uz.fikr.events.inbox.InboxStatus;

class InboxParametersTests {

    private final SurveyCatalog surveys = new SurveyCatalog();

    @Test
    void without_parameters_every_item_is_read_fifty_at_a_time() {
        assertThat(new InboxParameters(null, null, null, null, null, null, null, null, null, null, null, null, null)
                .toQuery(surveys)).isEqualTo(InboxQuery.ALL);
    }

    @Test
    void every_parameter_is_read_into_the_query() {
        InboxQuery query = new InboxParameters("2026-11-01", "2026-11-30", null, "central", "web", "reading_rooms",
                "complaint", "feedback", "IN_PROGRESS", "aziza", "' OR 1=1 --", "10", "20").toQuery(surveys);

        assertThat(query).isEqualTo(new InboxQuery(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), null,
                "central", "web", "reading_rooms", FeedbackCategory.COMPLAINT, ItemSource.FEEDBACK,
                InboxStatus.IN_PROGRESS, "aziza", "' OR 1=1 --", new Paging(10, 20)));
        assertThat(query.readsAnswers()).isFalse();
    }

    @Test
    void a_survey_reads_its_answers_only() {
        InboxQuery query = new InboxParameters(null, null, "demo", null, null, null, null, null, null, null, null,
                null, null).toQuery(surveys);

        assertThat(query.readsFeedback()).isFalse();
        assertThat(query.readsAnswers()).isTrue();
    }

    @Test
    void every_bad_parameter_is_named() {
        InvalidParametersException refused = refused(new InboxParameters("2026-13-01", "yesterday", "no-such-survey",
                "Central'--", "twitter", "x' OR 1=1 --", "rant", "email", "new", " ", "x".repeat(201), "201", "-1"));

        assertThat(refused.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("from", "to", "surveyId",
                "branch", "channel", "serviceArea", "category", "source", "status", "assignee", "q", "limit", "offset");
    }

    @Test
    void filters_that_cannot_apply_to_the_chosen_source_are_refused() {
        assertThat(refused(new InboxParameters(null, null, null, null, null, null, "praise", "answer", null, null,
                null, null, null)).errors()).extracting(FieldError::field).containsExactly("category");
        assertThat(refused(new InboxParameters(null, null, "demo", null, null, null, null, "feedback", null, null,
                null, null, null)).errors()).extracting(FieldError::field).containsExactly("surveyId");
    }

    @Test
    void a_limit_of_zero_or_a_period_that_ends_before_it_starts_is_refused() {
        assertThat(refused(new InboxParameters("2026-12-01", "2026-11-01", null, null, null, null, null, null, null,
                null, null, "0", null)).errors()).extracting(FieldError::field).containsExactlyInAnyOrder("from",
                        "limit");
    }

    private static InvalidParametersException refused(InboxParameters parameters) {
        return catchThrowableOfType(InvalidParametersException.class,
                () -> parameters.toQuery(new SurveyCatalog()));
    }
}
