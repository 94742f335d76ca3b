package uz.fikr.survey.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import uz.fikr.events.EventJson;
import uz.fikr.events.survey.SurveyDefinition;

/**
 * The survey templates written for Fikr, one JSON file each in {@code templates/surveys/}, complete in Uzbek
 * (Latin and Cyrillic), Russian and English. A template is a survey definition whose id is the template's name.
 */
@Component
public class SurveyTemplates {

    private final Map<String, SurveyDefinition> templates = new LinkedHashMap<>();

    public SurveyTemplates() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:templates/surveys/*.json");
            List<Resource> sorted = List.of(files).stream()
                    .sorted(Comparator.comparing(Resource::getFilename, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
            for (Resource file : sorted) {
                try (InputStream in = file.getInputStream()) {
                    SurveyDefinition template = EventJson.mapper().readValue(in, SurveyDefinition.class);
                    List<?> problems = DefinitionRules.check(template);
                    if (!problems.isEmpty()) {
                        throw new IllegalStateException("Template " + file.getFilename() + " is broken: " + problems);
                    }
                    templates.put(template.id(), template);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the survey templates", e);
        }
    }

    public List<SurveyDefinition> all() {
        return List.copyOf(templates.values());
    }

    public Optional<SurveyDefinition> find(String templateId) {
        return Optional.ofNullable(templates.get(templateId));
    }
}
