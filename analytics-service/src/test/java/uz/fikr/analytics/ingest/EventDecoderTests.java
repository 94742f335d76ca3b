package uz.fikr.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uz.fikr.analytics.Fixtures;
import uz.fikr.analytics.survey.SurveyCatalog;
import uz.fikr.events.EventJson;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.events.inbox.InboxItemChanged;
import uz.fikr.events.inbox.InboxStatus;

class EventDecoderTests {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    private final SurveyCatalog catalog = new SurveyCatalog();
    private final EventDecoder decoder = new EventDecoder(catalog, new IngestProperties(Duration.ofMillis(100),
            Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(60), 1, (short) 1),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void valid_records_become_events_in_order() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();

        DecodedBatch<ResponseSubmitted> batch = decoder.responses(List.of(
                record(0, EventJson.write(Fixtures.demoResponse(first, 4))),
                record(1, EventJson.write(Fixtures.demoResponse(second, 2)))));

        assertThat(batch.events()).extracting(ResponseSubmitted::responseId).containsExactly(first, second);
        assertThat(batch.deadLetters()).isEmpty();
    }

    @Test
    void a_large_batch_decoded_on_all_cores_keeps_its_order_and_sets_aside_each_poison_record() {
        List<UUID> ids = new ArrayList<>();
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        for (int offset = 0; offset < 3_000; offset++) {
            if (offset % 1_000 == 999) {
                records.add(record(offset, ("poison " + offset).getBytes(StandardCharsets.UTF_8)));
            } else {
                UUID id = UUID.randomUUID();
                ids.add(id);
                records.add(record(offset, EventJson.write(Fixtures.demoResponse(id, 3))));
            }
        }

        DecodedBatch<ResponseSubmitted> batch = decoder.responses(records);

        assertThat(batch.events()).extracting(ResponseSubmitted::responseId).containsExactlyElementsOf(ids);
        assertThat(batch.deadLetters()).extracting(deadLetter -> deadLetter.record().offset())
                .containsExactly(999L, 1_999L, 2_999L);
    }

    @Test
    void a_response_to_a_survey_not_heard_of_yet_in_a_large_batch_retries_the_whole_batch() {
        catalog.markCaughtUp();
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        for (int offset = 0; offset < 3_000; offset++) {
            records.add(record(offset, EventJson.write(offset == 2_500 ? unknownSurvey()
                    : Fixtures.demoResponse(UUID.randomUUID(), 3)), NOW.minusSeconds(5)));
        }

        assertThatThrownBy(() -> decoder.responses(records)).isInstanceOf(SurveyNotYetKnownException.class);
    }

    @Test
    void records_that_can_never_be_stored_are_set_aside_with_a_reason() {
        DecodedBatch<ResponseSubmitted> batch = decoder.responses(List.of(
                record(0, "not json".getBytes(StandardCharsets.UTF_8)),
                record(1, "{\"schemaVersion\":2}".getBytes(StandardCharsets.UTF_8)),
                record(2, "{\"surveyId\":\"demo\"}".getBytes(StandardCharsets.UTF_8)),
                record(3, "{\"schemaVersion\":1,\"surveyId\":\"demo\",\"surveyVersion\":1}".getBytes(StandardCharsets.UTF_8)),
                record(4, null)));

        assertThat(batch.events()).isEmpty();
        assertThat(batch.deadLetters()).extracting(DeadLetter::reason).satisfiesExactly(
                reason -> assertThat(reason).startsWith("not a valid ResponseSubmitted"),
                reason -> assertThat(reason).isEqualTo("unknown schemaVersion 2 (this service reads 1)"),
                reason -> assertThat(reason).isEqualTo("no schemaVersion"),
                reason -> assertThat(reason).contains("responseId"),
                reason -> assertThat(reason).isEqualTo("empty record"));
    }

    @Test
    void a_response_to_a_survey_not_heard_of_yet_is_retried_not_dead_lettered() {
        catalog.markCaughtUp();
        byte[] unknown = EventJson.write(unknownSurvey());

        assertThatThrownBy(() -> decoder.responses(List.of(record(0, unknown, NOW.minusSeconds(5)))))
                .isInstanceOf(SurveyNotYetKnownException.class);
    }

    @Test
    void before_the_survey_topic_is_read_even_an_old_response_to_an_unknown_survey_is_retried() {
        byte[] unknown = EventJson.write(unknownSurvey());

        assertThatThrownBy(() -> decoder.responses(List.of(record(0, unknown, NOW.minusSeconds(3600)))))
                .isInstanceOf(SurveyNotYetKnownException.class);
    }

    @Test
    void a_response_to_a_survey_still_unknown_after_the_grace_period_is_dead_lettered() {
        catalog.markCaughtUp();

        DecodedBatch<ResponseSubmitted> batch = decoder.responses(
                List.of(record(0, EventJson.write(unknownSurvey()), NOW.minusSeconds(3600))));

        assertThat(batch.deadLetters()).extracting(DeadLetter::reason)
                .containsExactly("unknown survey no-such-survey version 1");
    }

    @Test
    void an_inbox_change_becomes_an_event_and_a_poison_change_is_set_aside_with_a_reason() {
        InboxItemChanged valid = Fixtures.inboxChange("feedback:" + UUID.randomUUID(), InboxStatus.IN_PROGRESS,
                "aziza", "", null, NOW);
        String unknownStatus = new String(EventJson.write(valid), StandardCharsets.UTF_8)
                .replace("IN_PROGRESS", "DONE");

        DecodedBatch<InboxItemChanged> batch = decoder.inboxChanges(List.of(
                record(0, EventJson.write(valid)),
                record(1, "{\"schemaVersion\":1,".getBytes(StandardCharsets.UTF_8)),
                record(2, "{\"schemaVersion\":2}".getBytes(StandardCharsets.UTF_8)),
                record(3, unknownStatus.getBytes(StandardCharsets.UTF_8)),
                record(4, EventJson.write(Fixtures.inboxChange("comment:42", InboxStatus.NEW, "", "", null, NOW)))));

        assertThat(batch.events()).containsExactly(valid);
        assertThat(batch.deadLetters()).extracting(DeadLetter::reason).satisfiesExactly(
                reason -> assertThat(reason).startsWith("not a valid InboxItemChanged"),
                reason -> assertThat(reason).isEqualTo("unknown schemaVersion 2 (this service reads 1)"),
                reason -> assertThat(reason).startsWith("not a valid InboxItemChanged: status")
                        .contains("NEW, IN_PROGRESS, RESOLVED").doesNotContain("DONE"),
                reason -> assertThat(reason).startsWith("malformed itemId comment:42"));
    }

    @Test
    void a_record_whose_contact_cannot_be_read_or_stored_is_set_aside_with_a_reason_that_never_quotes_it() {
        String valid = new String(EventJson.write(Fixtures.feedback(UUID.randomUUID(), "Navbat")),
                StandardCharsets.UTF_8);
        String open = valid.substring(0, valid.length() - 1);
        String consentAsText = open
                + ",\"contact\":{\"email\":\"quoted@kutubxona.uz\",\"consent\":\"quoted@kutubxona.uz\"}}";
        String unquoted = open + ",\"contact\":{\"email\":quoted@kutubxona.uz}}";
        String control = open + ",\"contact\":{\"phone\":\"+99890\\u0007\",\"consent\":true}}";

        DecodedBatch<uz.fikr.events.FeedbackSubmitted> batch = decoder.feedback(List.of(
                record(0, consentAsText.getBytes(StandardCharsets.UTF_8)),
                record(1, unquoted.getBytes(StandardCharsets.UTF_8)),
                record(2, control.getBytes(StandardCharsets.UTF_8))));

        assertThat(batch.events()).isEmpty();
        assertThat(batch.deadLetters()).extracting(DeadLetter::reason).satisfiesExactly(
                reason -> assertThat(reason).isEqualTo("not a valid FeedbackSubmitted: contact.consent has a value "
                        + "that is not allowed (expected boolean)"),
                reason -> assertThat(reason).startsWith("not a valid FeedbackSubmitted: malformed JSON at line 1"),
                reason -> assertThat(reason).startsWith("contact.phone with a control character"));
        assertThat(batch.deadLetters()).extracting(DeadLetter::reason)
                .allSatisfy(reason -> assertThat(reason).doesNotContain("quoted", "99890"));
    }

    private static ResponseSubmitted unknownSurvey() {
        ResponseSubmitted valid = Fixtures.demoResponse(UUID.randomUUID(), 3);
        return new ResponseSubmitted(valid.schemaVersion(), valid.responseId(), "no-such-survey", 1,
                valid.receivedAt(), valid.channel(), valid.branch(), valid.respondent(), valid.answers());
    }

    private static ConsumerRecord<String, byte[]> record(long offset, byte[] value) {
        return record(offset, value, NOW);
    }

    private static ConsumerRecord<String, byte[]> record(long offset, byte[] value, Instant timestamp) {
        return new ConsumerRecord<>(ResponseSubmitted.TOPIC, 0, offset, timestamp.toEpochMilli(),
                org.apache.kafka.common.record.TimestampType.CREATE_TIME, 0, 0, "key-" + offset, value,
                new org.apache.kafka.common.header.internals.RecordHeaders(), java.util.Optional.empty());
    }
}
