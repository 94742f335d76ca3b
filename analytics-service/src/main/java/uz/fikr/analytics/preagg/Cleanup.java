package uz.fikr.analytics.preagg;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import uz.fikr.analytics.clickhouse.ClickHouse;
import uz.fikr.analytics.clickhouse.ClickHouseUnavailableException;
import uz.fikr.analytics.clickhouse.SqlLiterals;
import uz.fikr.analytics.clickhouse.SqlTemplate;

/**
 * Keeps the pre-aggregates from growing with every refresh. Every {@code fikr.preagg.clean-every} it deletes the
 * generations a newer refresh of their day replaced more than {@code fikr.preagg.keep-superseded-for} ago (their
 * counts, then their day rows), and the marks of ingest batches that settled before their days' latest refresh.
 * Deletions are ClickHouse mutations, applied in the background; a read never uses what they delete (it reads the
 * latest generation of clean days only, and takes far less than the grace period).
 */
@Component
public class Cleanup {

    private static final Logger log = LoggerFactory.getLogger(Cleanup.class);
    private static final SqlTemplate SUPERSEDED = SqlTemplate.load("sql/preagg/superseded.sql");
    private static final SqlTemplate OBSOLETE_BATCHES = SqlTemplate.load("sql/preagg/obsolete_batches.sql");
    private static final SqlTemplate DELETE_GENERATIONS = SqlTemplate.load("sql/preagg/delete_generations.sql");
    private static final SqlTemplate DELETE_DAYS = SqlTemplate.load("sql/preagg/delete_days.sql");
    private static final SqlTemplate DELETE_MARKS = SqlTemplate.load("sql/preagg/delete_marks.sql");
    /** Rows per mutation: keeps each statement far below ClickHouse's max_query_size (256 KiB). */
    private static final int PER_MUTATION = 2_000;

    private final ClickHouse clickHouse;
    private final PreAggProperties properties;

    Cleanup(ClickHouse clickHouse, PreAggProperties properties) {
        this.clickHouse = clickHouse;
        this.properties = properties;
    }

    @Scheduled(initialDelayString = "${fikr.preagg.clean-every}", fixedDelayString = "${fikr.preagg.clean-every}")
    void tick() {
        try {
            clean();
        } catch (ClickHouseUnavailableException e) {
            log.warn("Pre-aggregation clean-up postponed: {}", e.getMessage());
        }
    }

    /** Asks ClickHouse to delete what is superseded or obsolete now; returns how many generations and batches. */
    public int clean() {
        List<String> generations = new ArrayList<>();
        for (JsonNode row : clickHouse.query(SUPERSEDED, Map.of("keepSeconds",
                SqlLiterals.integer(properties.keepSupersededFor().toSeconds()), "limit",
                SqlLiterals.integer(PER_MUTATION)))) {
            generations.add("(" + SqlLiterals.string(row.get("survey_id").asString()) + ", "
                    + SqlLiterals.date(java.time.LocalDate.parse(row.get("on_day").asString())) + ", "
                    + SqlLiterals.integer(row.get("generation").asLong()) + ")");
        }
        if (!generations.isEmpty()) {
            Map<String, String> parts = Map.of("generations", String.join(", ", generations));
            clickHouse.execute(DELETE_GENERATIONS.render(clickHouse.database(), parts));
            clickHouse.execute(DELETE_DAYS.render(clickHouse.database(), parts));
        }
        List<String> batches = new ArrayList<>();
        for (JsonNode row : clickHouse.query(OBSOLETE_BATCHES, Map.of("abandonSeconds",
                SqlLiterals.integer(properties.abandonAfter().toSeconds()), "limit",
                SqlLiterals.integer(PER_MUTATION)))) {
            batches.add(SqlLiterals.string(row.get("batch").asString()));
        }
        if (!batches.isEmpty()) {
            clickHouse.execute(DELETE_MARKS.render(clickHouse.database(), Map.of("batches",
                    String.join(", ", batches))));
        }
        if (!generations.isEmpty() || !batches.isEmpty()) {
            log.info("Pre-aggregation clean-up: {} superseded generations and {} settled batches deleted",
                    generations.size(), batches.size());
        }
        return generations.size() + batches.size();
    }
}
