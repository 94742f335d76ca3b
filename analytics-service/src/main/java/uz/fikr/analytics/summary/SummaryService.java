package uz.fikr.analytics.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import uz.fikr.analytics.survey.SurveyCatalog;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.QuestionType;
import uz.fikr.events.survey.SurveyDefinition;

/** Builds a survey's summary from the counts ClickHouse computed, in the order the survey asks its questions. */
@Service
class SummaryService {

    private final SurveyCatalog surveys;
    private final SummaryRepository repository;

    SummaryService(SurveyCatalog surveys, SummaryRepository repository) {
        this.surveys = surveys;
        this.repository = repository;
    }

    SurveySummary summary(String surveyId) {
        return summarise(surveys.require(surveyId));
    }

    private SurveySummary summarise(SurveyDefinition survey) {
        Map<String, Long> answered = repository.answered(survey);
        Map<String, Map<String, Long>> numbers = repository.numberCounts(survey);
        List<String> choiceQuestions = survey.answerable().stream()
                .filter(question -> isChoice(question.type()))
                .map(Question::id)
                .toList();
        Map<String, Map<String, Long>> options = repository.optionCounts(survey.id(), choiceQuestions);
        List<SurveySummary.QuestionSummary> questions = new ArrayList<>();
        for (Question question : survey.answerable()) {
            long n = answered.getOrDefault(question.id(), 0L);
            questions.add(switch (question.type()) {
                case RATING, NPS, MATRIX -> numeric(question, n, numbers.getOrDefault(question.id(), Map.of()));
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> new SurveySummary.QuestionSummary(question.id(), "choice", n,
                        null, optionsInSurveyOrder(question, options.getOrDefault(question.id(), Map.of())));
                case TEXT -> new SurveySummary.QuestionSummary(question.id(), "text", n, null, Map.of());
                case QUALITY -> new SurveySummary.QuestionSummary(question.id(), "quality", n, null, Map.of());
            });
        }
        return new SurveySummary(survey.id(), repository.responses(survey.id()), questions);
    }

    private static SurveySummary.QuestionSummary numeric(Question question, long n, Map<String, Long> counts) {
        Map<String, Long> byValue = new LinkedHashMap<>();
        double sum = 0;
        long total = 0;
        for (var entry : counts.entrySet().stream()
                .sorted(Comparator.comparingDouble(entry -> Double.parseDouble(entry.getKey()))).toList()) {
            double value = Double.parseDouble(entry.getKey());
            byValue.put(label(value), entry.getValue());
            sum += value * entry.getValue();
            total += entry.getValue();
        }
        return new SurveySummary.QuestionSummary(question.id(), "number", n, total == 0 ? null : sum / total, byValue);
    }

    private static Map<String, Long> optionsInSurveyOrder(Question question, Map<String, Long> counts) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        for (Question.Option option : question.options()) {
            ordered.put(option.id(), counts.getOrDefault(option.id(), 0L));
        }
        return ordered;
    }

    private static boolean isChoice(QuestionType type) {
        return type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE;
    }

    private static String label(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
