package uz.fikr.survey.survey;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uz.fikr.events.survey.BuiltInSurveys;
import uz.fikr.events.survey.SurveyDefinition;

/** The surveys readers can answer. For now: the built-in demo survey. */
@Component
public class SurveyCatalog {

    private final Map<String, SurveyDefinition> surveys = BuiltInSurveys.all().stream()
            .collect(Collectors.toUnmodifiableMap(SurveyDefinition::id, Function.identity()));

    public Optional<SurveyDefinition> find(String surveyId) {
        return Optional.ofNullable(surveys.get(surveyId));
    }
}
