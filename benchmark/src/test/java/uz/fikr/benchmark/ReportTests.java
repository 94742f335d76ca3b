package uz.fikr.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportTests {

    private static final Machine MACHINE = new Machine(2, "Test CPU", 24.0, "Linux", "25", "2026-11-29T21:00:00Z");

    private final Report report = new Report(MACHINE, Map.of("repetitions", 3), List.of(
            new Figure("intake.throughput", "POST /api/v1/responses", "responses/s", new Spread(2100, 2000, 2200, 3),
                    "GET /actuator/health/liveness", new Spread(4200, 4000, 4400, 3)),
            Figure.of("footprint.rest.kafka", "kafka RSS at rest", "MiB", new Spread(464, 464, 464, 1))),
            List.of(new Target("intake.ratio", "intake >= 25% of baseline", "50% of baseline", true)));

    @Test
    void the_table_names_the_machine_and_shows_each_figure_with_its_ratio_to_the_baseline() {
        String table = report.table();

        assertThat(table).startsWith("Machine: 2 CPUs (Test CPU), 24.0 GiB");
        assertThat(table.lines()).element(1).asString().startsWith("figure").endsWith("ratio");
        assertThat(table).containsPattern("intake\\.throughput +responses/s +2100 +2000-2200 +4200 +4000-4400 +0\\.50");
        assertThat(table).contains("[met   ] intake >= 25% of baseline: 50% of baseline");
    }

    @Test
    void the_json_has_the_same_keys_for_figures_with_and_without_a_baseline() {
        JsonNode json = JsonMapper.builder().build().readTree(report.json());

        assertThat(json.get("schemaVersion").asInt()).isEqualTo(Report.SCHEMA_VERSION);
        JsonNode withBaseline = json.get("figures").get(0);
        JsonNode without = json.get("figures").get(1);
        assertThat(withBaseline.propertyNames()).containsExactlyElementsOf(without.propertyNames())
                .containsExactly("id", "what", "unit", "median", "min", "max", "repetitions", "baseline", "ratio");
        assertThat(withBaseline.get("ratio").asDouble()).isEqualTo(0.5);
        assertThat(without.get("baseline").isNull()).isTrue();
        assertThat(json.get("targets").get(0).get("met").asBoolean()).isTrue();
    }
}
