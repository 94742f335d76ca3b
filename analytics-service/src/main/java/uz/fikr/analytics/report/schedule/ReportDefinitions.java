package uz.fikr.analytics.report.schedule;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uz.fikr.analytics.clickhouse.ClickHouse;
import uz.fikr.analytics.clickhouse.SqlLiterals;
import uz.fikr.analytics.clickhouse.SqlTemplate;

/**
 * The {@code report_definitions} table: a change or deletion is a new row with a higher version, and every read
 * takes each id's latest row.
 */
@Component
class ReportDefinitions {

    private static final SqlTemplate ALL = SqlTemplate.load("sql/reports/definitions.sql");
    private static final SqlTemplate ONE = SqlTemplate.load("sql/reports/definition.sql");
    private static final SqlTemplate VERSION = SqlTemplate.load("sql/reports/definition_version.sql");

    private final ClickHouse clickHouse;
    private final Clock clock;

    ReportDefinitions(ClickHouse clickHouse, Clock clock) {
        this.clickHouse = clickHouse;
        this.clock = clock;
    }

    List<ReportDefinition> all() {
        return clickHouse.query(ALL, Map.of()).stream().map(ScheduleRows::definition).toList();
    }

    Optional<ReportDefinition> find(String id) {
        return clickHouse.query(ONE, Map.of("id", SqlLiterals.string(id))).stream().findFirst()
                .map(ScheduleRows::definition);
    }

    void save(ReportDefinition definition) {
        write(definition, false);
    }

    /** Deletes a definition; false when there was none. Its archived reports and deliveries stay. */
    boolean delete(String id) {
        Optional<ReportDefinition> existing = find(id);
        existing.ifPresent(definition -> write(definition, true));
        return existing.isPresent();
    }

    private void write(ReportDefinition definition, boolean deleted) {
        long previous = clickHouse.query(VERSION, Map.of("id", SqlLiterals.string(definition.id()))).stream()
                .mapToLong(row -> row.get("version").asLong()).findFirst().orElse(0);
        long version = Math.max(clock.millis(), previous + 1);
        clickHouse.insertJsonEachRow("report_definitions",
                ScheduleRows.definition(definition, deleted, version, clock.instant()));
    }
}
