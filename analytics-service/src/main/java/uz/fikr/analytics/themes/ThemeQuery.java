package uz.fikr.analytics.themes;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uz.fikr.events.FeedbackCategory;

/**
 * A checked request for themes. Dates are whole days in the library's time zone, both inclusive; an absent filter
 * does not restrict.
 *
 * @param serviceArea one of {@code uz.fikr.events.ServiceAreas.ALL}
 * @param category online feedback only: with a category, survey answers are left out
 * @param surveyId survey answers only: restricts them to one survey
 * @param limit how many terms and how many phrases per group, 1 to 100
 * @param branch only comments about this branch (a report's branch); null for the whole library
 */
public record ThemeQuery(Source source, @Nullable String serviceArea, @Nullable FeedbackCategory category,
        @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String surveyId, int limit,
        @Nullable String branch) {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    /** A request for the whole library, every branch's comments together. */
    public ThemeQuery(Source source, @Nullable String serviceArea, @Nullable FeedbackCategory category,
            @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String surveyId, int limit) {
        this(source, serviceArea, category, from, to, surveyId, limit, null);
    }

    boolean readsFeedback() {
        return source != Source.ANSWERS;
    }

    /** Survey answers have no category, so a category filter leaves them out. */
    boolean readsAnswers() {
        return source != Source.FEEDBACK && category == null;
    }

    /** Whether the answers to this free-text question belong to the requested survey and service area. */
    boolean wants(TextQuestion question) {
        return (surveyId == null || surveyId.equals(question.surveyId()))
                && (serviceArea == null || serviceArea.equals(question.serviceArea()));
    }
}
