package uz.fikr.dashboard.needs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uz.fikr.dashboard.analytics.AnalyticsClient;
import uz.fikr.dashboard.filter.ViewFilter;
import uz.fikr.dashboard.questions.QuestionTexts;
import uz.fikr.dashboard.questions.SurveyQuestions;
import uz.fikr.dashboard.service.ServiceException;

/**
 * Reads the page's figures: needs per reader group and per branch (without them there is no page), the themes of
 * comments and the question texts, which the page can do without.
 */
@Component
class NeedsReader {

    static final String NEEDS = "/api/v1/surveys/{surveyId}/needs";
    static final String THEMES = "/api/v1/feedback/themes";
    /** Words and phrases per group of comments: enough to see the themes, few enough to read. */
    static final int THEME_LIMIT = 10;

    private final AnalyticsClient analytics;
    private final SurveyQuestions questions;

    NeedsReader(AnalyticsClient analytics, SurveyQuestions questions) {
        this.analytics = analytics;
        this.questions = questions;
    }

    /** @throws ServiceException when analytics-service gives no needs */
    NeedsData read(ViewFilter filter) {
        Needs byGroup = analytics.get(NEEDS, filter, Map.of("by", "readerGroup"), Needs.class, filter.survey());
        Needs byBranch = analytics.get(NEEDS, filter, Map.of("by", "branch"), Needs.class, filter.survey());
        List<ServiceException> problems = new ArrayList<>();
        Themes themes = null;
        try {
            themes = analytics.get(THEMES, themeQuery(filter), Themes.class);
        }
        catch (ServiceException ex) {
            problems.add(ex);
        }
        QuestionTexts texts = QuestionTexts.NONE;
        try {
            texts = questions.of(filter.survey(), filter.version());
        }
        catch (ServiceException ex) {
            problems.add(ex);
        }
        return new NeedsData(byGroup, byBranch, themes, texts, problems);
    }

    /**
     * Online feedback and this survey's free-text answers in the filter's period. The themes endpoint knows no
     * branch, reader group or version, so those filters do not narrow the themes (the page says so).
     */
    static Map<String, String> themeQuery(ViewFilter filter) {
        var query = new LinkedHashMap<String, String>();
        query.put("source", "all");
        query.put("surveyId", filter.survey());
        query.put("from", filter.from().toString());
        query.put("to", filter.to().toString());
        query.put("limit", Integer.toString(THEME_LIMIT));
        return query;
    }
}
