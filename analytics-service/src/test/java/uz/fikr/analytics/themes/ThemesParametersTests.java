package uz.fikr.analytics.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uz.fikr.analytics.survey.SurveyCatalog;
import uz.fikr.analytics.web.FieldError;
import uz.fikr.analytics.web.InvalidParametersException;
import uz.fikr.events.FeedbackCategory;

class ThemesParametersTests {

    private final SurveyCatalog surveys = new SurveyCatalog();

    @Test
    void without_parameters_both_sources_are_read_with_twenty_items_a_group() {
        ThemeQuery query = parameters(null, null, null, null, null, null, null).toQuery(surveys);

        assertThat(query).isEqualTo(new ThemeQuery(Source.ALL, null, null, null, null, null, 20));
        assertThat(query.readsFeedback()).isTrue();
        assertThat(query.readsAnswers()).isTrue();
    }

    @Test
    void every_parameter_is_read_into_the_query() {
        ThemeQuery query = parameters("feedback", "reading_rooms", "complaint", "2026-11-01", "2026-11-30", null,
                "5").toQuery(surveys);

        assertThat(query).isEqualTo(new ThemeQuery(Source.FEEDBACK, "reading_rooms", FeedbackCategory.COMPLAINT,
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), null, 5));
    }

    @Test
    void a_category_leaves_survey_answers_out() {
        ThemeQuery query = parameters("all", null, "praise", null, null, null, null).toQuery(surveys);

        assertThat(query.readsFeedback()).isTrue();
        assertThat(query.readsAnswers()).isFalse();
    }

    @Test
    void sql_in_service_area_or_category_is_refused_naming_both() {
        InvalidParametersException refused = refused(parameters(null, "x' OR 1=1 --", "complaint'; DROP TABLE feedback",
                null, null, null, null));

        assertThat(refused.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("serviceArea", "category");
    }

    @Test
    void every_bad_parameter_is_named() {
        InvalidParametersException refused = refused(parameters("twitter", null, null, "2026-13-01", "yesterday",
                "no-such-survey", "101"));

        assertThat(refused.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("source", "from", "to", "surveyId", "limit");
    }

    @Test
    void filters_that_cannot_apply_to_the_chosen_source_are_refused() {
        assertThat(refused(parameters("answers", null, "complaint", null, null, null, null)).errors())
                .extracting(FieldError::field).containsExactly("category");
        assertThat(refused(parameters("feedback", null, null, null, null, "demo", null)).errors())
                .extracting(FieldError::field).containsExactly("surveyId");
    }

    @Test
    void a_period_that_ends_before_it_starts_and_a_limit_out_of_range_are_refused() {
        assertThat(refused(parameters(null, null, null, "2026-12-01", "2026-11-01", null, "0")).errors())
                .extracting(FieldError::field).containsExactlyInAnyOrder("from", "limit");
        assertThat(parameters(null, null, null, null, null, null, "100").toQuery(surveys).limit()).isEqualTo(100);
    }

    private static ThemeParameters parameters(String source, String serviceArea, String category, String from,
            String to, String surveyId, String limit) {
        return new ThemeParameters(source, serviceArea, category, from, to, surveyId, limit);
    }

    private InvalidParametersException refused(ThemeParameters parameters) {
        return catchThrowableOfType(InvalidParametersException.class, () -> parameters.toQuery(surveys));
    }
}
