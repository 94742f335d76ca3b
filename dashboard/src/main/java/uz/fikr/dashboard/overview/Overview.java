package uz.fikr.dashboard.overview;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.filter.ViewFilter;
import uz.fikr.dashboard.trends.Grain;
import uz.fikr.dashboard.trends.Trend;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.SurveyDefinition;

/**
 * Everything the Overview shows for one filter.
 *
 * @param satisfaction the survey's overall-satisfaction question, null when it has none
 * @param recommendation its 0-10 recommendation question, null when it has none
 * @param grain the periods of the small trends
 * @param comments the newest comments, null when analytics-service could not give them
 */
record Overview(ViewFilter filter, SurveyDefinition survey, @Nullable Question satisfaction,
        @Nullable Question recommendation, Period current, Period previous, Grain grain,
        @Nullable Trend satisfactionTrend, @Nullable Trend recommendationTrend, Gaps gaps,
        @Nullable InboxPage comments) {

    /** The figures of one period: every question's, and the NPS of the recommendation question. */
    record Period(ViewFilter filter, SurveyStats stats, @Nullable NpsFigures nps) {

        Optional<SurveyStats.QuestionStats> question(@Nullable Question question) {
            return question == null ? Optional.empty() : stats.question(question.id());
        }
    }
}
