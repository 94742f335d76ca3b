package uz.fikr.dashboard.overview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

import uz.fikr.dashboard.analytics.AnalyticsClient;
import uz.fikr.dashboard.filter.ViewFilter;
import uz.fikr.dashboard.service.ServiceException;
import uz.fikr.dashboard.trends.Grain;
import uz.fikr.dashboard.questions.SurveyQuestions;
import uz.fikr.dashboard.trends.Trend;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.QuestionType;
import uz.fikr.events.survey.SurveyDefinition;

/**
 * Reads the Overview's figures: the survey's questions from survey-service, then from analytics-service the stats
 * and NPS of this period and the previous one, the trends of the key questions, the service-quality gaps and the
 * newest comments.
 */
@Component
class OverviewFigures {

    static final String STATS = "/api/v1/surveys/{surveyId}/stats";
    static final String NPS = "/api/v1/surveys/{surveyId}/nps";
    static final String GAPS = "/api/v1/surveys/{surveyId}/gaps";
    static final String INBOX = "/api/v1/inbox";
    static final int COMMENTS = 5;

    private static final Logger log = LoggerFactory.getLogger(OverviewFigures.class);
    private static final ParameterizedTypeReference<List<NpsFigures>> NPS_LIST = new ParameterizedTypeReference<>() {
    };

    private final AnalyticsClient analytics;
    private final SurveyQuestions questions;

    OverviewFigures(AnalyticsClient analytics, SurveyQuestions questions) {
        this.analytics = analytics;
        this.questions = questions;
    }

    /** @throws ServiceException when survey-service or analytics-service fails (the comments alone may fail) */
    Overview read(ViewFilter filter) {
        SurveyDefinition survey = questions.definition(filter);
        Question satisfaction = SurveyQuestions.satisfaction(survey).orElse(null);
        Question recommendation = SurveyQuestions.recommendation(survey).orElse(null);
        Grain grain = Grain.forPeriod(filter.from(), filter.to());
        boolean hasQualityItems = survey.answerable().stream().anyMatch(q -> q.type() == QuestionType.QUALITY);
        return new Overview(filter, survey, satisfaction, recommendation, period(filter, recommendation),
                period(filter.previousPeriod(), recommendation), grain, trend(filter, satisfaction, grain),
                trend(filter, recommendation, grain),
                hasQualityItems ? get(GAPS, filter, Map.of(), Gaps.class) : new Gaps(filter.survey(), 0, List.of()),
                comments(filter));
    }

    private Overview.Period period(ViewFilter filter, @Nullable Question recommendation) {
        SurveyStats stats = get(STATS, filter, Map.of(), SurveyStats.class);
        NpsFigures nps = recommendation == null ? null
                : analytics.get(NPS, filter, Map.of(), NPS_LIST, filter.survey()).stream()
                        .filter(figures -> figures.questionId().equals(recommendation.id())).findFirst()
                        .orElse(null);
        return new Overview.Period(filter, stats, nps);
    }

    private @Nullable Trend trend(ViewFilter filter, @Nullable Question question, Grain grain) {
        return question == null ? null
                : get(Trend.PATH, filter, Trend.parameters(question, grain), Trend.class);
    }

    /**
     * The newest answers to the survey's free-text questions from the feedback inbox, in the period and branch of
     * the filter (the inbox filters neither by reader group nor by version). Without them the page still shows its
     * figures, so a failure here is logged and shown as a note.
     */
    private @Nullable InboxPage comments(ViewFilter filter) {
        var query = new LinkedHashMap<String, String>();
        query.put("from", filter.from().toString());
        query.put("to", filter.to().toString());
        query.put("surveyId", filter.survey());
        if (filter.branch() != null) {
            query.put("branch", filter.branch());
        }
        query.put("limit", Integer.toString(COMMENTS));
        try {
            return analytics.get(INBOX, query, InboxPage.class);
        }
        catch (ServiceException ex) {
            log.warn("The Overview shows no comments: {}", ex.getMessage());
            return null;
        }
    }

    private <T> T get(String path, ViewFilter filter, Map<String, String> extra, Class<T> type) {
        return analytics.get(path, filter, extra, type, filter.survey());
    }
}
