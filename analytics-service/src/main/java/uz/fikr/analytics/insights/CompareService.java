package uz.fikr.analytics.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import uz.fikr.analytics.privacy.Suppression;
import uz.fikr.analytics.query.AnswerCounts;
import uz.fikr.analytics.query.AnswerFilter;
import uz.fikr.analytics.query.Grouping;
import uz.fikr.analytics.stats.Moments;
import uz.fikr.analytics.web.InvalidParametersException;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.QuestionType;
import uz.fikr.events.survey.SurveyDefinition;

/**
 * Compares one question across groups: the mean of a rating or 0-10 question, the mean perceived level of a
 * three-column item, or the distribution of a single choice. Suppressed groups take part in no figure and no test.
 */
@Service
public class CompareService {

    private final AnswerCounts answerCounts;
    private final Suppression suppression;

    CompareService(AnswerCounts answerCounts, Suppression suppression) {
        this.answerCounts = answerCounts;
        this.suppression = suppression;
    }

    public Comparison compare(SurveyDefinition survey, String questionId, Grouping by, AnswerFilter filter) {
        Question question = survey.question(questionId).orElseThrow(
                () -> InvalidParametersException.of("question", "this survey has no such question"));
        AnswerCounts.Scope scope = new AnswerCounts.Scope(survey.id(), filter, List.of(questionId), by);
        if (QuestionKinds.isNumeric(question)) {
            return numeric(survey.id(), questionId, by, answerCounts.numbers(scope));
        }
        if (question.type() == QuestionType.QUALITY) {
            return numeric(survey.id(), questionId, by, answerCounts.perceived(scope));
        }
        if (question.type() == QuestionType.SINGLE_CHOICE) {
            return choice(survey.id(), question, by, answerCounts.options(scope));
        }
        throw InvalidParametersException.of("question", "compare takes a rating, a 0-10, a three-column or a single-choice question");
    }

    private Comparison numeric(String surveyId, String questionId, Grouping by, List<AnswerCounts.Count> rows) {
        Map<String, NumericCounts> perGroup = new TreeMap<>();
        rows.forEach(row -> perGroup.computeIfAbsent(row.group(), g -> NumericCounts.empty())
                .add(row.value(), row.count()));
        Set<String> suppressed = suppression.suppressed(sizes(perGroup, NumericCounts::n));
        List<Comparison.Group> groups = new ArrayList<>();
        Map<String, Moments> shown = new TreeMap<>();
        perGroup.forEach((group, counts) -> {
            if (suppressed.contains(group)) {
                groups.add(new Comparison.Group(group, null, true, null, null, null));
            } else {
                Moments moments = counts.moments();
                shown.put(group, moments);
                groups.add(new Comparison.Group(group, moments.n(), false, moments.mean(),
                        moments.meanInterval(Figures.CONFIDENCE).orElse(null), null));
            }
        });
        MeanTests tests = MeanTests.of(shown);
        return new Comparison(surveyId, questionId, by.parameter(), suppression.minimumGroupSize(), groups,
                tests.overall(), tests.pairs(), tests.statement());
    }

    private Comparison choice(String surveyId, Question question, Grouping by, List<AnswerCounts.Count> rows) {
        Map<String, Map<String, Long>> perGroup = new TreeMap<>();
        rows.forEach(row -> perGroup.computeIfAbsent(row.group(), g -> new TreeMap<>())
                .merge(row.value(), row.count(), Long::sum));
        Set<String> suppressed = suppression.suppressed(sizes(perGroup,
                counts -> counts.values().stream().mapToLong(Long::longValue).sum()));
        List<Comparison.Group> groups = new ArrayList<>();
        Map<String, Map<String, Long>> shown = new TreeMap<>();
        perGroup.forEach((group, counts) -> {
            if (suppressed.contains(group)) {
                groups.add(new Comparison.Group(group, null, true, null, null, null));
            } else {
                Map<String, Long> ordered = new java.util.LinkedHashMap<>();
                question.options().forEach(option -> ordered.put(option.id(), counts.getOrDefault(option.id(), 0L)));
                shown.put(group, ordered);
                groups.add(new Comparison.Group(group, ordered.values().stream().mapToLong(Long::longValue).sum(),
                        false, null, null, ordered));
            }
        });
        ChoiceTest test = ChoiceTest.of(shown);
        return new Comparison(surveyId, question.id(), by.parameter(), suppression.minimumGroupSize(), groups,
                test.test(), List.of(), test.statement());
    }

    private static <T> Map<String, Long> sizes(Map<String, T> perGroup, java.util.function.ToLongFunction<T> n) {
        Map<String, Long> sizes = new TreeMap<>();
        perGroup.forEach((group, value) -> sizes.put(group, n.applyAsLong(value)));
        return sizes;
    }
}
