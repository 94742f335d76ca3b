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
        return List.of(demo());
    }

    /** A short satisfaction questionnaire: a 1-5 rating, a 0-10 recommendation, a choice and free text. */
    public static SurveyDefinition demo() {
        return load("demo.json");
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
