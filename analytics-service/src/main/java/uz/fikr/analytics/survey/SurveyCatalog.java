package uz.fikr.analytics.survey;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uz.fikr.events.survey.BuiltInSurveys;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.SurveyDefinition;
import uz.fikr.events.survey.SurveyVersion;

/**
 * The survey definitions analytics-service knows: the built-in ones shipped in the event contract, and every
 * version published on {@code fikr.surveys.v1} (read by {@link SurveyLog}). A published version never changes, so
 * a version once known is known for good.
 */
@Component
public class SurveyCatalog {

    private final Map<String, NavigableMap<Integer, SurveyDefinition>> surveys = new ConcurrentHashMap<>();
    /** Answerable questions by "surveyId@version", then question id: ingestion looks up every answer here. */
    private final Map<String, Map<String, Question>> questions = new ConcurrentHashMap<>();
    private volatile boolean caughtUp;

    public SurveyCatalog() {
        BuiltInSurveys.all().forEach(this::add);
    }

    /** The latest known version of a survey. */
    public Optional<SurveyDefinition> find(String surveyId) {
        NavigableMap<Integer, SurveyDefinition> versions = surveys.get(surveyId);
        return versions == null || versions.isEmpty() ? Optional.empty() : Optional.of(versions.lastEntry().getValue());
    }

    /** The latest known version of a survey; {@link UnknownSurveyException} (a 404) when there is none. */
    public SurveyDefinition require(String surveyId) {
        return find(surveyId).orElseThrow(() -> new UnknownSurveyException(surveyId));
    }

    public Optional<SurveyDefinition> find(String surveyId, int version) {
        NavigableMap<Integer, SurveyDefinition> versions = surveys.get(surveyId);
        return Optional.ofNullable(versions == null ? null : versions.get(version));
    }

    /** Every known version of every survey. */
    public List<SurveyDefinition> versions() {
        return surveys.values().stream().flatMap(versions -> versions.values().stream()).toList();
    }

    /** True once the topic has been read up to where it ended when this service started. */
    public boolean caughtUp() {
        return caughtUp;
    }

    /** A question of one version of a survey, matrix items and "other" texts included. */
    public Optional<Question> question(String surveyId, int version, String questionId) {
        return Optional.ofNullable(questions.getOrDefault(SurveyVersion.key(surveyId, version), Map.of())
                .get(questionId));
    }

    void add(SurveyDefinition survey) {
        questions.put(SurveyVersion.key(survey.id(), survey.version()), survey.answerable().stream()
                .collect(Collectors.toUnmodifiableMap(Question::id, Function.identity(), (first, second) -> first)));
        surveys.computeIfAbsent(survey.id(), id -> new ConcurrentSkipListMap<>()).put(survey.version(), survey);
    }

    /** Called by {@link SurveyLog} once it has read the topic up to its end at start-up. */
    public void markCaughtUp() {
        caughtUp = true;
    }
}
