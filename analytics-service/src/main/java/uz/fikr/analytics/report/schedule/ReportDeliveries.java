package uz.fikr.analytics.report.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import uz.fikr.analytics.clickhouse.ClickHouse;
import uz.fikr.analytics.clickhouse.SqlLiterals;
import uz.fikr.analytics.clickhouse.SqlTemplate;
import uz.fikr.analytics.report.ReportPeriod;

/** The {@code report_deliveries} table: every attempt, sent or failed, and whether a period was sent. */
@Component
class ReportDeliveries {

    static final int HISTORY = 100;
    private static final SqlTemplate LIST = SqlTemplate.load("sql/reports/deliveries.sql");
    private static final SqlTemplate STATE = SqlTemplate.load("sql/reports/delivery_state.sql");

    private final ClickHouse clickHouse;

    ReportDeliveries(ClickHouse clickHouse) {
        this.clickHouse = clickHouse;
    }

    void record(Delivery delivery) {
        clickHouse.insertJsonEachRow("report_deliveries", ScheduleRows.delivery(delivery));
    }

    /** A definition's attempts, newest first, at most {@value #HISTORY}. */
    List<Delivery> history(String definitionId) {
        return clickHouse.query(LIST, Map.of("definitionId", SqlLiterals.string(definitionId),
                "limit", SqlLiterals.integer(HISTORY))).stream().map(ScheduleRows::delivery).toList();
    }

    State state(String definitionId, ReportPeriod period) {
        JsonNode row = clickHouse.query(STATE, Map.of("definitionId", SqlLiterals.string(definitionId),
                        "periodKind", SqlLiterals.string(period.kind().parameter()),
                        "periodFrom", SqlLiterals.string(period.from().toString())))
                .getFirst();
        long lastFailed = row.get("last_failed_epoch").asLong();
        return new State(row.get("sent").asLong() > 0, (int) row.get("failed").asLong(),
                lastFailed == 0 ? null : Instant.ofEpochSecond(lastFailed));
    }

    /**
     * Where a definition's delivery for one period stands.
     *
     * @param sent an e-mail for it was sent and recorded: it is never sent again
     * @param failures failed attempts so far
     * @param lastFailure when the latest failed attempt was, or null
     */
    record State(boolean sent, int failures, @Nullable Instant lastFailure) {}
}
