package uz.fikr.analytics.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import uz.fikr.analytics.survey.SurveyCatalog;
import uz.fikr.events.EventJson;
import uz.fikr.events.FeedbackSubmitted;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.events.inbox.InboxItemChanged;
import uz.fikr.events.survey.SurveyDefinition;

/**
 * Reads records into events and sorts out those that can never be stored: not JSON, an unknown schema version, a
 * survey or question analytics does not know, an inbox change {@link InboxChangeChecks} refuses, a contact
 * {@link ContactChecks} refuses. Such a record will not improve by retrying; it goes to the dead-letter topic with
 * the reason, which never quotes the record ({@link DecodeFailures}).
 */
@Component
class EventDecoder {

    private final SurveyCatalog surveys;
    private final Duration unknownSurveyGrace;
    private final Clock clock;

    EventDecoder(SurveyCatalog surveys, IngestProperties properties, Clock clock) {
        this.surveys = surveys;
        this.unknownSurveyGrace = properties.unknownSurveyGrace();
        this.clock = clock;
    }

    /**
     * @throws SurveyNotYetKnownException when a response names a survey version whose definition may still be on its
     *     way: the batch is retried rather than a valid response dead-lettered
     */
    DecodedBatch<ResponseSubmitted> responses(List<ConsumerRecord<String, byte[]>> records) {
        return decode(records, ResponseSubmitted.class, ResponseSubmitted.SCHEMA_VERSION, this::problemWith);
    }

    DecodedBatch<FeedbackSubmitted> feedback(List<ConsumerRecord<String, byte[]>> records) {
        return decode(records, FeedbackSubmitted.class, FeedbackSubmitted.SCHEMA_VERSION,
                (record, event) -> ContactChecks.problemWith(event.contact()));
    }

    /** Workflow changes of the inbox; an unknown status fails the JSON and is dead-lettered like any bad field. */
    DecodedBatch<InboxItemChanged> inboxChanges(List<ConsumerRecord<String, byte[]>> records) {
        return decode(records, InboxItemChanged.class, InboxItemChanged.SCHEMA_VERSION,
                (record, event) -> InboxChangeChecks.problemWith(event));
    }

    private interface Check<T> {
        Optional<String> problemWith(ConsumerRecord<String, byte[]> record, T event);
    }

    /** Parsing JSON is most of ingestion's work: a large batch is decoded in {@link Slices} on all cores. */
    private static <T> DecodedBatch<T> decode(List<ConsumerRecord<String, byte[]>> records, Class<T> type,
            int schemaVersion, Check<T> check) {
        return DecodedBatch.concat(
                Slices.inParallel(records, slice -> decodeSlice(slice, type, schemaVersion, check)));
    }

    private static <T> DecodedBatch<T> decodeSlice(List<ConsumerRecord<String, byte[]>> records, Class<T> type,
            int schemaVersion, Check<T> check) {
        List<T> events = new ArrayList<>();
        List<DeadLetter> deadLetters = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                T event = current(record.value(), type, schemaVersion);
                Optional<String> problem = event == null ? schemaProblem(record.value(), schemaVersion)
                        .or(() -> Optional.of("not a valid " + type.getSimpleName()))
                        : check.problemWith(record, event);
                if (problem.isPresent()) {
                    deadLetters.add(new DeadLetter(record, problem.get()));
                } else {
                    events.add(event);
                }
            } catch (JacksonException | IllegalArgumentException e) {
                deadLetters.add(new DeadLetter(record, DecodeFailures.reason(type, e)));
            }
        }
        return new DecodedBatch<>(events, deadLetters);
    }

    /**
     * The event, when the record is one of the schema version this service reads: one parse for the common case.
     * Null otherwise, and then {@link #schemaProblem} (a second, slower look) says what is wrong with it.
     */
    private static <T> T current(byte[] value, Class<T> type, int schemaVersion) {
        if (value == null) {
            return null;
        }
        try {
            T event = EventJson.read(value, type);
            return schemaVersionOf(event) == schemaVersion ? event : null;
        } catch (JacksonException | IllegalArgumentException e) {
            Optional<String> problem = schemaProblem(value, schemaVersion);
            if (problem.isPresent()) {
                return null;
            }
            throw e;
        }
    }

    private static int schemaVersionOf(Object event) {
        return switch (event) {
            case ResponseSubmitted response -> response.schemaVersion();
            case FeedbackSubmitted feedback -> feedback.schemaVersion();
            case InboxItemChanged change -> change.schemaVersion();
            default -> throw new IllegalArgumentException("not an event: " + event.getClass());
        };
    }

    private static Optional<String> schemaProblem(byte[] value, int schemaVersion) {
        if (value == null) {
            return Optional.of("empty record");
        }
        JsonNode version = EventJson.mapper().readTree(value).get("schemaVersion");
        if (version == null || !version.isInt()) {
            return Optional.of("no schemaVersion");
        }
        if (version.intValue() != schemaVersion) {
            return Optional.of("unknown schemaVersion " + version.intValue() + " (this service reads "
                    + schemaVersion + ")");
        }
        return Optional.empty();
    }

    private Optional<String> problemWith(ConsumerRecord<String, byte[]> record, ResponseSubmitted event) {
        Optional<SurveyDefinition> survey = surveys.find(event.surveyId(), event.surveyVersion());
        if (survey.isEmpty()) {
            Duration age = Duration.between(Instant.ofEpochMilli(record.timestamp()), clock.instant());
            if (!surveys.caughtUp() || age.compareTo(unknownSurveyGrace) < 0) {
                throw new SurveyNotYetKnownException(event.surveyId(), event.surveyVersion());
            }
            return Optional.of("unknown survey " + event.surveyId() + " version " + event.surveyVersion());
        }
        return event.answers().keySet().stream()
                .filter(questionId -> surveys.question(event.surveyId(), event.surveyVersion(), questionId).isEmpty())
                .findFirst()
                .map(questionId -> "answer for unknown question " + questionId + " of survey " + event.surveyId())
                .or(() -> ContactChecks.problemWith(event.contact()));
    }
}
