package uz.fikr.analytics.inbox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uz.fikr.analytics.query.AnswerFilter;
import uz.fikr.analytics.query.FilterParameters;
import uz.fikr.analytics.survey.SurveyCatalog;
import uz.fikr.analytics.web.FieldError;
import uz.fikr.analytics.web.InvalidParametersException;
import uz.fikr.events.FeedbackCategory;
import uz.fikr.events.ServiceAreas;
import uz.fikr.events.inbox.InboxStatus;

/**
 * The query parameters of {@code GET /api/v1/inbox} as they arrive; {@link #toQuery} checks them all and names every
 * bad one. {@code from}, {@code to}, {@code branch} and {@code channel} are checked like every other analytics filter;
 * {@code assignee} and {@code q} are free text of up to 200 characters, which reaches SQL only as a quoted literal.
 */
record InboxParameters(@Nullable String from, @Nullable String to, @Nullable String surveyId,
        @Nullable String branch, @Nullable String channel, @Nullable String serviceArea, @Nullable String category,
        @Nullable String source, @Nullable String status, @Nullable String assignee, @Nullable String q,
        @Nullable String limit, @Nullable String offset) {

    static final int MAX_TEXT = 200;

    InboxQuery toQuery(SurveyCatalog surveys) {
        List<FieldError> errors = new ArrayList<>();
        AnswerFilter filter = filter(errors);
        ItemSource parsedSource = source == null ? null : ItemSource.fromParameter(source).orElseGet(() -> {
            errors.add(new FieldError("source", "must be one of feedback, answer"));
            return null;
        });
        if (serviceArea != null && !ServiceAreas.ALL.contains(serviceArea)) {
            errors.add(new FieldError("serviceArea", "must be one of " + String.join(", ", ServiceAreas.ALL)));
        }
        FeedbackCategory parsedCategory = category(parsedSource, errors);
        checkSurvey(parsedSource, surveys, errors);
        InboxStatus parsedStatus = status(errors);
        checkText("assignee", assignee, errors);
        checkText("q", q, errors);
        Paging paging = Paging.of(limit, offset, errors);
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
        return new InboxQuery(filter.from(), filter.to(), surveyId, branch, channel, serviceArea, parsedCategory,
                parsedSource, parsedStatus, assignee, q, paging);
    }

    /** {@code from}, {@code to}, {@code branch} and {@code channel}, checked like every other filter. */
    private AnswerFilter filter(List<FieldError> errors) {
        try {
            return new FilterParameters(from, to, null, branch, null, null, channel).toFilter();
        } catch (InvalidParametersException e) {
            errors.addAll(e.errors());
            return AnswerFilter.NONE;
        }
    }

    private @Nullable FeedbackCategory category(@Nullable ItemSource parsedSource, List<FieldError> errors) {
        if (category == null) {
            return null;
        }
        if (parsedSource == ItemSource.ANSWER) {
            errors.add(new FieldError("category", "applies to online feedback only, not to source=answer"));
            return null;
        }
        return FeedbackCategory.fromCode(category).orElseGet(() -> {
            errors.add(new FieldError("category", "must be one of complaint, suggestion, praise, question"));
            return null;
        });
    }

    private void checkSurvey(@Nullable ItemSource parsedSource, SurveyCatalog surveys, List<FieldError> errors) {
        if (surveyId == null) {
            return;
        }
        if (parsedSource == ItemSource.FEEDBACK) {
            errors.add(new FieldError("surveyId", "applies to survey answers only, not to source=feedback"));
        } else if (surveys.find(surveyId).isEmpty()) {
            errors.add(new FieldError("surveyId", "must be the id of a known survey"));
        }
    }

    private @Nullable InboxStatus status(List<FieldError> errors) {
        if (status == null) {
            return null;
        }
        return Arrays.stream(InboxStatus.values()).filter(known -> known.name().equals(status)).findFirst()
                .orElseGet(() -> {
                    errors.add(new FieldError("status", "must be one of NEW, IN_PROGRESS, RESOLVED"));
                    return null;
                });
    }

    private static void checkText(String field, @Nullable String value, List<FieldError> errors) {
        if (value != null && (value.isBlank() || value.length() > MAX_TEXT)) {
            errors.add(new FieldError(field, "must be text of 1 to " + MAX_TEXT + " characters, not only spaces"));
        }
    }
}
