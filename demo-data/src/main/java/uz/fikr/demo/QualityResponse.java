package uz.fikr.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One response to the service-quality survey, shaped like the body of {@code POST /api/v1/responses}. Like
 * {@link DemoResponse} it carries no personal data.
 */
public record QualityResponse(
        UUID responseId,
        String surveyId,
        int surveyVersion,
        String channel,
        String branch,
        DemoResponse.Respondent respondent,
        Answers answers) implements Submission {

    /** The answer to one three-column item. */
    public sealed interface ItemAnswer {
        NotApplicable NOT_APPLICABLE = new NotApplicable();
    }

    /** Minimum acceptable, desired and perceived level on 1-9; the minimum above the desired is inconsistent. */
    public record Rated(int minimum, int desired, int perceived) implements ItemAnswer {
        public boolean inconsistent() {
            return minimum > desired;
        }
    }

    /** The reader could not judge the item; sent as {@code "na"}. */
    public record NotApplicable() implements ItemAnswer {}

    /**
     * @param items the three-column items the reader was shown, in the survey's order
     * @param overall 1 to 5
     * @param recommend 0 to 10
     * @param wantedServices option ids; empty when the reader ticked none
     * @param comment absent when the reader wrote none
     */
    public record Answers(
            Map<String, ItemAnswer> items,
            int overall,
            int recommend,
            List<String> wantedServices,
            @Nullable String comment) {

        public Answers {
            items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
            wantedServices = List.copyOf(wantedServices);
        }
    }

    @Override
    public QualityResponse withResponseId(UUID newResponseId) {
        return new QualityResponse(newResponseId, surveyId, surveyVersion, channel, branch, respondent, answers);
    }

    @Override
    public Map<String, Object> toRequestBody() {
        Map<String, Object> answerFields = new LinkedHashMap<>();
        answers.items().forEach((id, answer) -> answerFields.put(id, switch (answer) {
            case Rated rated -> rated(rated);
            case NotApplicable ignored -> "na";
        }));
        answerFields.put(QualitySurvey.OVERALL, answers.overall());
        answerFields.put(QualitySurvey.RECOMMEND, answers.recommend());
        if (!answers.wantedServices().isEmpty()) {
            answerFields.put(QualitySurvey.WANTED_SERVICES, answers.wantedServices());
        }
        if (answers.comment() != null) {
            answerFields.put(QualitySurvey.COMMENT, answers.comment());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("responseId", responseId.toString());
        body.put("surveyId", surveyId);
        body.put("surveyVersion", surveyVersion);
        body.put("channel", channel);
        body.put("branch", branch);
        body.put("respondent", respondent.toRequestBody());
        body.put("answers", answerFields);
        return body;
    }

    private static Map<String, Object> rated(Rated rated) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("minimum", rated.minimum());
        columns.put("desired", rated.desired());
        columns.put("perceived", rated.perceived());
        return columns;
    }
}
