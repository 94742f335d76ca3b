package uz.fikr.analytics.survey;

import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.springframework.stereotype.Component;
import uz.fikr.events.survey.BuiltInSurveys;
import uz.fikr.events.survey.SurveyDefinition;

/**
 * The survey definitions analytics-service knows: the built-in ones shipped in the event contract, and every
 * version published on {@code fikr.surveys.v1} (read by {@link SurveyLog}). A published version never changes, so
 * a version once known is known for good.
 */
@Component
public class SurveyCatalog {

    private final Map<String, NavigableMap<Integer, SurveyDefinition>> surveys = new ConcurrentHashMap<>();
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

    /** True once the topic has been read up to where it ended when this service started. */
    public boolean caughtUp() {
        return caughtUp;
    }

    void add(SurveyDefinition survey) {
        surveys.computeIfAbsent(survey.id(), id -> new ConcurrentSkipListMap<>()).put(survey.version(), survey);
    }

    /** Called by {@link SurveyLog} once it has read the topic up to its end at start-up. */
    public void markCaughtUp() {
        caughtUp = true;
    }
}
