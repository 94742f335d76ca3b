package uz.fikr.analytics.preagg;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import uz.fikr.analytics.clickhouse.ClickHouse;
import uz.fikr.analytics.clickhouse.SqlLiterals;
import uz.fikr.analytics.clickhouse.SqlTemplate;

/** Reads, per day of a survey, its latest refresh and when its last ingest batch settled. */
@Component
class DayStates {

    private static final SqlTemplate SETTLED = SqlTemplate.load("sql/preagg/settled.part.sql");
    private static final SqlTemplate STATES = SqlTemplate.load("sql/preagg/day_states.sql")
            .including("settled", SETTLED);

    private final ClickHouse clickHouse;
    private final PreAggProperties properties;

    DayStates(ClickHouse clickHouse, PreAggProperties properties) {
        this.clickHouse = clickHouse;
        this.properties = properties;
    }

    /**
     * A day's latest refresh: its rows carry {@code generation} and hold every batch stored before {@code covers}
     * (server seconds); {@code settled} is when the day's last batch settled (0: none was marked).
     */
    record State(long generation, long covers, long settled) {
        boolean clean() {
            return covers > 0 && settled < covers;
        }
    }

    /** The states of a survey's aggregated days, and whether any of its responses are split. */
    record Snapshot(Map<LocalDate, State> days, boolean splits) {}

    /** One read: every aggregated day's state and the survey's split count. */
    Snapshot of(String surveyId) {
        Map<LocalDate, State> states = new HashMap<>();
        boolean splits = false;
        for (JsonNode row : clickHouse.query(STATES, Map.of("surveys", "survey_id = " + SqlLiterals.string(surveyId),
                "abandonSeconds", SqlLiterals.integer(properties.abandonAfter().toSeconds())))) {
            states.put(LocalDate.parse(row.get("on_day").asString()), new State(row.get("generation").asLong(),
                    row.get("covers").asLong(), row.get("settled").asLong()));
            splits |= row.get("splits").asLong() > 0;
        }
        return new Snapshot(states, splits);
    }
}
