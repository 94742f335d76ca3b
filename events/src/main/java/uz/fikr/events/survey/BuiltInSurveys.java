package uz.fikr.events.survey;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import uz.fikr.events.EventJson;

/**
 * Surveys that ship with Fikr, read from JSON resources beside this class. Both services read the same file, so
 * they agree on question ids and types.
 */
public final class BuiltInSurveys {

    private BuiltInSurveys() {}

    public static List<SurveyDefinition> all() {
        return List.of(demo(), serviceQuality());
    }

    /** A short satisfaction questionnaire: a 1-5 rating, a 0-10 recommendation, a choice and free text. */
    public static SurveyDefinition demo() {
        return load("demo.json");
    }

    /**
     * The library service-quality survey: three-column items (minimum, desired, perceived on 1-9) in three
     * dimensions, overall satisfaction, recommendation, wished-for services and a comment.
     */
    public static SurveyDefinition serviceQuality() {
        return load("service-quality.json");
    }

    private static SurveyDefinition load(String resource) {
        try (InputStream in = BuiltInSurveys.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing built-in survey " + resource);
            }
            return EventJson.mapper().readValue(in, SurveyDefinition.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read built-in survey " + resource, e);
        }
    }
}
