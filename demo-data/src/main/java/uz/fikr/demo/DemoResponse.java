package uz.fikr.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One response to the demo survey, shaped like the body of {@code POST /api/v1/responses}. It carries no
 * personal data: the respondent is described only by reader group and age band.
 */
public record DemoResponse(
        UUID responseId,
        String surveyId,
        int surveyVersion,
        String channel,
        String branch,
        Respondent respondent,
        Answers answers) implements Submission {

    public record Respondent(String readerGroup, String ageBand) {

        /** The respondent object of the request body, its fields always in the same order. */
        Map<String, Object> toRequestBody() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("readerGroup", readerGroup);
            fields.put("ageBand", ageBand);
            return fields;
        }
    }

    /**
     * @param satisfaction 1 to 5
     * @param recommend 0 to 10
     * @param visitedService absent when the reader skipped the question
     * @param comment absent when the reader wrote none
     */
    public record Answers(int satisfaction, int recommend, @Nullable String visitedService, @Nullable String comment) {}

    @Override
    public DemoResponse withResponseId(UUID newResponseId) {
        return new DemoResponse(newResponseId, surveyId, surveyVersion, channel, branch, respondent, answers);
    }

    @Override
    public Map<String, Object> toRequestBody() {
        Map<String, Object> answerFields = new LinkedHashMap<>();
        answerFields.put("satisfaction", answers.satisfaction());
        answerFields.put("recommend", answers.recommend());
        if (answers.visitedService() != null) {
            answerFields.put("visited_service", answers.visitedService());
        }
        if (answers.comment() != null) {
            answerFields.put("comment", answers.comment());
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
}
