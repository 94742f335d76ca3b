package uz.fikr.analytics.insights;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import uz.fikr.analytics.privacy.Suppression;
import uz.fikr.analytics.query.AnswerCounts;
import uz.fikr.analytics.query.AnswerCounts.Count;
import uz.fikr.analytics.query.AnswerCounts.Scope;
import uz.fikr.analytics.query.AnswerFilter;
import uz.fikr.analytics.stats.Moments;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.SurveyDefinition;

/**
 * The survey's responses under the filter, and per-question figures from ClickHouse's counts: n, mean with its t
 * interval, sd, median, top-2-box, counts.
 */
@Service
public class StatsService {

    private final AnswerCounts answerCounts;
    private final Suppression suppression;

    StatsService(AnswerCounts answerCounts, Suppression suppression) {
        this.answerCounts = answerCounts;
        this.suppression = suppression;
    }

    /** The survey's figures; its counts read one view of the pre-aggregated days ({@link AnswerCounts#together}). */
    public SurveyStats stats(SurveyDefinition survey, AnswerFilter filter) {
        return answerCounts.together(survey.id(), () -> read(survey, filter));
    }

    private SurveyStats read(SurveyDefinition survey, AnswerFilter filter) {
        // four counts, side by side
        Supplier<List<Count>> respondentCounts = answerCounts.fork(() -> answerCounts.respondents(
                new Scope(survey.id(), filter, ids(survey.answerable()), null)));
        Supplier<List<Count>> numberCounts = answerCounts.fork(() -> answerCounts.numbers(
                new Scope(survey.id(), filter, ids(QuestionKinds.numeric(survey)), null)));
        Supplier<List<Count>> optionCounts = answerCounts.fork(() -> answerCounts.options(
                new Scope(survey.id(), filter, ids(QuestionKinds.choice(survey)), null)));
        Supplier<Long> responseCount = answerCounts.fork(() -> answerCounts.responses(survey.id(), filter));
        Map<String, Long> respondents = byQuestion(respondentCounts.get());
        Map<String, NumericCounts> numbers = new HashMap<>();
        for (Count count : numberCounts.get()) {
            numbers.computeIfAbsent(count.questionId(), id -> NumericCounts.empty()).add(count.value(), count.count());
        }
        Map<String, Map<String, Long>> options = new HashMap<>();
        for (Count count : optionCounts.get()) {
            options.computeIfAbsent(count.questionId(), id -> new HashMap<>()).merge(count.value(), count.count(),
                    Long::sum);
        }
        List<QuestionStats> questions = new ArrayList<>();
        for (Question question : survey.answerable()) {
            long n = respondents.getOrDefault(question.id(), 0L);
            questions.add(n > 0 && suppression.tooSmall(n)
                    ? QuestionStats.suppressed(question.id(), QuestionKinds.code(question), question.serviceArea(), n)
                    : figures(question, n, numbers.getOrDefault(question.id(), NumericCounts.empty()),
                            options.getOrDefault(question.id(), Map.of())));
        }
        long responses = responseCount.get();
        boolean tooFew = responses > 0 && suppression.tooSmall(responses);
        return new SurveyStats(survey.id(), suppression.minimumGroupSize(), tooFew ? null : responses, tooFew,
                questions);
    }

    private static QuestionStats figures(Question question, long n, NumericCounts numbers, Map<String, Long> options) {
        String type = QuestionKinds.code(question);
        if (QuestionKinds.isNumeric(question) && numbers.n() > 0) {
            Moments moments = numbers.moments();
            int top = question.scaleMax();
            return new QuestionStats(question.id(), type, question.serviceArea(), n, false, moments.mean(),
                    Figures.finite(moments.standardDeviation()), numbers.ordinal().median().orElse(null),
                    moments.meanInterval(Figures.CONFIDENCE).orElse(null),
                    Figures.Share.of(numbers.ordinal().atLeast(top - 1)), numbers.labelled(), null);
        }
        if (QuestionKinds.isChoice(question)) {
            Map<String, Long> counts = new LinkedHashMap<>();
            Map<String, Double> shares = new LinkedHashMap<>();
            for (Question.Option option : question.options()) {
                long count = options.getOrDefault(option.id(), 0L);
                counts.put(option.id(), count);
                shares.put(option.id(), n == 0 ? 0 : (double) count / n);
            }
            return new QuestionStats(question.id(), type, question.serviceArea(), n, false, null, null, null, null,
                    null, counts, shares);
        }
        return new QuestionStats(question.id(), type, question.serviceArea(), n, false, null, null, null, null, null,
                null, null);
    }

    private static Map<String, Long> byQuestion(List<Count> counts) {
        Map<String, Long> byQuestion = new HashMap<>();
        counts.forEach(count -> byQuestion.merge(count.questionId(), count.count(), Long::sum));
        return byQuestion;
    }

    private static List<String> ids(List<Question> questions) {
        return questions.stream().map(Question::id).toList();
    }
}
