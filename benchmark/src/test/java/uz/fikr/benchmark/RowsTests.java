package uz.fikr.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uz.fikr.events.ResponseSubmitted;

class RowsTests {

    @Test
    void the_benchmark_writes_one_answer_row_per_answer_as_the_service_does() throws Exception {
        List<ResponseSubmitted> events = Workload.events(42, 0, 50, Instant.parse("2026-11-29T10:00:00Z"));
        ByteArrayOutputStream answers = new ByteArrayOutputStream();
        ByteArrayOutputStream responses = new ByteArrayOutputStream();

        long count = Rows.answers(events, Instant.parse("2026-11-29T10:00:01Z"), answers);
        Rows.responses(events, Instant.parse("2026-11-29T10:00:01Z"), responses);

        List<String> lines = answers.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize((int) count);
        assertThat(count).isEqualTo(events.stream().mapToLong(event -> event.answers().size()).sum());
        assertThat(lines).allSatisfy(line -> assertThat(line).contains("\"service_area\"", "\"ingested_at\":"));
        assertThat(responses.toString(StandardCharsets.UTF_8).lines()).hasSize(events.size());
    }
}
