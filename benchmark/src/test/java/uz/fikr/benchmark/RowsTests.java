package uz.fikr.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uz.fikr.analytics.ingest.ResponseRows;
import uz.fikr.events.ResponseSubmitted;

class RowsTests {

    private static final Instant INGESTED_AT = Instant.parse("2026-11-29T10:00:01Z");

    @Test
    void the_benchmark_writes_one_answer_row_per_answer_in_the_bytes_the_service_inserts() throws Exception {
        List<ResponseSubmitted> events = Workload.events(42, 0, 50, Instant.parse("2026-11-29T10:00:00Z"));
        ByteArrayOutputStream answers = new ByteArrayOutputStream();
        ByteArrayOutputStream responses = new ByteArrayOutputStream();

        long count = Rows.answers(events, INGESTED_AT, answers);
        Rows.responses(events, INGESTED_AT, responses);

        assertThat(count).isEqualTo(events.stream().mapToLong(event -> event.answers().size()).sum());
        assertThat(responses.toByteArray())
                .isEqualTo(ResponseRows.responses(events, INGESTED_AT).stream().readAllBytes());
    }
}
