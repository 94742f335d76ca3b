package uz.fikr.events.survey;

import java.time.Instant;
import java.util.Objects;

/**
 * One published version of a survey, on the compacted topic {@code fikr.surveys.v1} keyed by
 * {@link #key(String, int)}: compaction keeps every version, because responses name the version they answered and
 * a published version never changes. Services rebuild their view of the surveys by reading the topic from the
 * beginning, the way schema registries keep their schemas in Kafka.
 */
public record SurveyPublished(int schemaVersion, SurveyDefinition survey, Instant publishedAt) {

    public static final int SCHEMA_VERSION = 1;
    public static final String TOPIC = "fikr.surveys.v1";

    public SurveyPublished {
        Objects.requireNonNull(survey, "survey");
        Objects.requireNonNull(publishedAt, "publishedAt");
    }

    public String key() {
        return key(survey.id(), survey.version());
    }

    public static String key(String surveyId, int version) {
        return surveyId + "@" + version;
    }
}
