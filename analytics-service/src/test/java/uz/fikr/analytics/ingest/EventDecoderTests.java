package uz.fikr.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uz.fikr.analytics.Fixtures;
import uz.fikr.analytics.survey.SurveyCatalog;
import uz.fikr.events.EventJson;
import uz.fikr.events.ResponseSubmitted;

class EventDecoderTests {

    private final EventDecoder decoder = new EventDecoder(new SurveyCatalog());

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

    private static ConsumerRecord<String, byte[]> record(long offset, byte[] value) {
        return new ConsumerRecord<>(ResponseSubmitted.TOPIC, 0, offset, "key-" + offset, value);
    }
}
