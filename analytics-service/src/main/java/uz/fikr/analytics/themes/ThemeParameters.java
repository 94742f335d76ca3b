package uz.fikr.analytics.themes;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uz.fikr.analytics.query.AnswerFilter;
import uz.fikr.analytics.query.FilterParameters;
import uz.fikr.analytics.survey.SurveyCatalog;
import uz.fikr.analytics.web.FieldError;
import uz.fikr.analytics.web.InvalidParametersException;
import uz.fikr.events.FeedbackCategory;
import uz.fikr.events.ServiceAreas;

/**
 * The query parameters of {@code GET /api/v1/feedback/themes} as they arrive; {@link #toQuery} checks them all
 * against whitelists and names every bad one.
 */
record ThemeParameters(@Nullable String source, @Nullable String serviceArea, @Nullable String category,
        @Nullable String from, @Nullable String to, @Nullable String surveyId, @Nullable String limit) {

    ThemeQuery toQuery(SurveyCatalog surveys) {
        List<FieldError> errors = new ArrayList<>();
        Source parsedSource = source == null ? Source.ALL : Source.fromParameter(source).orElse(null);
        if (parsedSource == null) {
            errors.add(new FieldError("source", "must be one of feedback, answers, all"));
        }
        if (serviceArea != null && !ServiceAreas.ALL.contains(serviceArea)) {
            errors.add(new FieldError("serviceArea", "must be one of " + String.join(", ", ServiceAreas.ALL)));
        }
        FeedbackCategory parsedCategory = category(parsedSource, errors);
        checkSurvey(parsedSource, surveys, errors);
        AnswerFilter period = period(errors);
        int parsedLimit = limit(errors);
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
        return new ThemeQuery(parsedSource, serviceArea, parsedCategory, period.from(), period.to(), surveyId,
                parsedLimit);
    }

    private @Nullable FeedbackCategory category(@Nullable Source parsedSource, List<FieldError> errors) {
        if (category == null) {
            return null;
        }
        if (parsedSource == Source.ANSWERS) {
            errors.add(new FieldError("category", "applies to online feedback only, not to source=answers"));
            return null;
        }
        return FeedbackCategory.fromCode(category).orElseGet(() -> {
            errors.add(new FieldError("category", "must be one of complaint, suggestion, praise, question"));
            return null;
        });
    }

    private void checkSurvey(@Nullable Source parsedSource, SurveyCatalog surveys, List<FieldError> errors) {
        if (surveyId == null) {
            return;
        }
        if (parsedSource == Source.FEEDBACK) {
            errors.add(new FieldError("surveyId", "applies to survey answers only, not to source=feedback"));
        } else if (surveys.find(surveyId).isEmpty()) {
            errors.add(new FieldError("surveyId", "must be the id of a known survey"));
        }
    }

    /** {@code from} and {@code to}, checked like every other date filter. */
    private AnswerFilter period(List<FieldError> errors) {
        try {
            return new FilterParameters(from, to, null, null, null, null, null).toFilter();
        } catch (InvalidParametersException e) {
            errors.addAll(e.errors());
            return AnswerFilter.NONE;
        }
    }

    private int limit(List<FieldError> errors) {
        if (limit == null) {
            return ThemeQuery.DEFAULT_LIMIT;
        }
        try {
            int number = Integer.parseInt(limit);
            if (number >= 1 && number <= ThemeQuery.MAX_LIMIT) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError("limit", "must be a whole number from 1 to " + ThemeQuery.MAX_LIMIT));
        return ThemeQuery.DEFAULT_LIMIT;
    }
}
