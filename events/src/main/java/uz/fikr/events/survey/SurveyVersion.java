package uz.fikr.events.survey;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The state of one version of a survey, on the compacted topic {@code fikr.surveys.v1} keyed by
 * {@link #key(String, int)}. Every change to a version (saved as draft, published, closed) is a new record under
 * the same key, and compaction keeps the last: the topic is the durable table of all versions. Services rebuild
 * their view by reading it from the beginning, the way schema registries keep their schemas in Kafka.
 *
 * <p>Schema version 1 records carried no status: they were published versions.
 */
public record SurveyVersion(int schemaVersion, SurveyDefinition survey, SurveyStatus status,
        @JsonAlias("publishedAt") Instant changedAt,
        @Nullable String changedBy) {

    public static final int SCHEMA_VERSION = 2;
    public static final String TOPIC = "fikr.surveys.v1";

    public SurveyVersion {
        Objects.requireNonNull(survey, "survey");
        Objects.requireNonNull(changedAt, "changedAt");
        status = status == null ? SurveyStatus.PUBLISHED : status;
    }

    public static SurveyVersion of(SurveyDefinition survey, SurveyStatus status, Instant changedAt,
            @Nullable String changedBy) {
        return new SurveyVersion(SCHEMA_VERSION, survey, status, changedAt, changedBy);
    }

    public String key() {
        return key(survey.id(), survey.version());
    }

    public static String key(String surveyId, int version) {
        return surveyId + "@" + version;
    }

    /** True for the schema versions this code can read. */
    public boolean readable() {
        return schemaVersion == 1 || schemaVersion == SCHEMA_VERSION;
    }

    /** Whether this version's questions are final: published or closed, never a draft. */
    @JsonIgnore
    public boolean isReleased() {
        return status != SurveyStatus.DRAFT;
    }
}
