package uz.fikr.analytics.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import uz.fikr.analytics.privacy.Suppression;
import uz.fikr.analytics.query.AnswerCounts;
import uz.fikr.analytics.query.AnswerFilter;
import uz.fikr.analytics.query.Period;
import uz.fikr.analytics.stats.Moments;
import uz.fikr.analytics.stats.WelchTest;
import uz.fikr.analytics.web.InvalidParametersException;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.SurveyDefinition;

/** A numeric question per week, month or quarter, with intervals and the significance of the last change. */
@Service
public class TrendService {

    private final AnswerCounts answerCounts;
    private final Suppression suppression;

    TrendService(AnswerCounts answerCounts, Suppression suppression) {
        this.answerCounts = answerCounts;
        this.suppression = suppression;
    }

    public Trend trend(SurveyDefinition survey, String questionId, Period period, AnswerFilter filter) {
        Question question = survey.question(questionId).filter(QuestionKinds::isNumeric).orElseThrow(() ->
                InvalidParametersException.of("question", "must be a rating or 0-10 question of this survey"));
        Map<String, NumericCounts> perPeriod = new TreeMap<>();
        answerCounts.trend(survey.id(), filter, questionId, period).forEach(count -> perPeriod
                .computeIfAbsent(count.group(), start -> NumericCounts.empty()).add(count.value(), count.count()));
        int top = question.scaleMax();
        List<Trend.PeriodFigures> periods = new ArrayList<>();
        Map<String, Moments> shown = new TreeMap<>();
        perPeriod.forEach((start, counts) -> {
            if (suppression.tooSmall(counts.n())) {
                periods.add(new Trend.PeriodFigures(start, null, true, null, null, null));
            } else {
                Moments moments = counts.moments();
                shown.put(start, moments);
                periods.add(new Trend.PeriodFigures(start, moments.n(), false, moments.mean(),
                        moments.meanInterval(Figures.CONFIDENCE).orElse(null),
                        Figures.Share.of(counts.ordinal().atLeast(top - 1))));
            }
        });
        return new Trend(survey.id(), questionId, period.parameter(), suppression.minimumGroupSize(), periods,
                lastChange(shown));
    }

    private static Trend.Change lastChange(Map<String, Moments> shown) {
        List<Map.Entry<String, Moments>> testable = shown.entrySet().stream()
                .filter(entry -> entry.getValue().n() >= 2).toList();
        if (testable.size() < 2) {
            return null;
        }
        Map.Entry<String, Moments> previous = testable.get(testable.size() - 2);
        Map.Entry<String, Moments> last = testable.get(testable.size() - 1);
        WelchTest test = WelchTest.of(last.getValue(), previous.getValue());
        double difference = last.getValue().mean() - previous.getValue().mean();
        boolean significant = test.pValue() < MeanTests.ALPHA;
        String statement = String.format(Locale.ROOT, "%s from %.2f (period of %s) to %.2f (period of %s): %s "
                + "(Welch's t-test, %s).", difference >= 0 ? "Up" : "Down", previous.getValue().mean(),
                previous.getKey(), last.getValue().mean(), last.getKey(),
                significant ? "a significant change" : "not a significant change", MeanTests.p(test.pValue()));
        return new Trend.Change(previous.getKey(), last.getKey(), difference, test.pValue(), significant, statement);
    }
}
