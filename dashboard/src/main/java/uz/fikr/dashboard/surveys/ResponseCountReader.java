package uz.fikr.dashboard.surveys;

import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import uz.fikr.dashboard.analytics.AnalyticsClient;
import uz.fikr.dashboard.service.ServiceException;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.QuestionType;
import uz.fikr.events.survey.SurveyDefinition;
import uz.fikr.events.survey.SurveyVersion;

/**
 * Reads a survey's response counts from analytics-service: the total from {@code summary}, the counts per channel
 * and per branch from {@code compare} on the question every reader is asked first (see {@link ResponseCounts}).
 */
@Component
class ResponseCountReader {

    private static final String SUMMARY = "/api/v1/surveys/{surveyId}/summary";
    private static final String COMPARE = "/api/v1/surveys/{surveyId}/compare";
    private static final Set<QuestionType> COMPARABLE = Set.of(QuestionType.RATING, QuestionType.NPS,
            QuestionType.SINGLE_CHOICE, QuestionType.QUALITY);

    private final AnalyticsClient analytics;

    ResponseCountReader(AnalyticsClient analytics) {
        this.analytics = analytics;
    }

    /**
     * The counts of a survey whose versions are these; {@link ResponseCounts#NONE} when none was ever released.
     *
     * @throws ServiceException when analytics-service fails, except for not knowing the survey yet
     */
    ResponseCounts read(List<SurveyVersion> versions) {
        SurveyDefinition survey = Versions.released(versions);
        if (survey == null) {
            return ResponseCounts.NONE;
        }
        long total;
        try {
            total = analytics.get(SUMMARY, Map.of(), Summary.class, survey.id()).responses();
        }
        catch (ServiceException ex) {
            if (ex.status() == 404) {
                return ResponseCounts.NONE; // published a moment ago: analytics-service has not read it yet
            }
            throw ex;
        }
        Question basis = basis(survey);
        if (basis == null) {
            return new ResponseCounts(total, null, List.of(), List.of(), 0);
        }
        ResponseCounts.Comparison channels = compare(survey.id(), basis.id(), "channel");
        ResponseCounts.Comparison branches = compare(survey.id(), basis.id(), "branch");
        return new ResponseCounts(total, basis.id(), channels.groups(), branches.groups(),
                channels.minimumGroupSize());
    }

    /** The part of analytics-service's {@code summary} this page shows: all responses, each counted once. */
    record Summary(long responses) {
    }

    /** The first question every reader is asked (required, no skip logic) that analytics can compare, if any. */
    static @Nullable Question basis(SurveyDefinition survey) {
        List<Question> comparable = survey.questions().stream()
                .filter(question -> COMPARABLE.contains(question.type())).toList();
        return comparable.stream().filter(question -> question.required() && question.showIf() == null).findFirst()
                .or(() -> comparable.stream().filter(question -> question.showIf() == null).findFirst())
                .orElse(null);
    }

    private ResponseCounts.Comparison compare(String surveyId, String questionId, String by) {
        var query = new LinkedHashMap<String, String>();
        query.put("question", questionId);
        query.put("by", by);
        return analytics.get(COMPARE, query, ResponseCounts.Comparison.class, surveyId);
    }
}
