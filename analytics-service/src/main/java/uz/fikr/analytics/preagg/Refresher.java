package uz.fikr.analytics.preagg;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import uz.fikr.analytics.clickhouse.ClickHouse;
import uz.fikr.analytics.clickhouse.ClickHouseUnavailableException;
import uz.fikr.analytics.clickhouse.SqlLiterals;
import uz.fikr.analytics.clickhouse.SqlTemplate;
import uz.fikr.analytics.query.Conditions;
import uz.fikr.analytics.query.QueryProperties;
import uz.fikr.analytics.survey.SurveyCatalog;
import uz.fikr.events.survey.QuestionType;

/**
 * Recomputes the aggregates of stale days from the raw tables: days never aggregated, and days an ingest batch
 * marked after their last refresh, once that batch settled {@code fikr.preagg.quiet-for} ago. A refresh reads the
 * server's time first (what it covers), then records the day's split responses, then writes the day's counts as a
 * new generation, and last the day's state row that makes them visible to reads.
 */
@Component
@EnableScheduling
public class Refresher {

    private static final Logger log = LoggerFactory.getLogger(Refresher.class);
    private static final SqlTemplate SETTLED = SqlTemplate.load("sql/preagg/settled.part.sql");
    private static final SqlTemplate PENDING = SqlTemplate.load("sql/preagg/pending.sql")
            .including("settled", SETTLED);
    private static final SqlTemplate SPLITS = SqlTemplate.load("sql/preagg/splits.part.sql");
    private static final SqlTemplate FIND_SPLITS = SqlTemplate.load("sql/preagg/find_splits.sql");
    private static final SqlTemplate GROUPING_SETS = SqlTemplate.load("sql/preagg/grouping_sets.part.sql");
    private static final SqlTemplate COUNTS = SqlTemplate.load("sql/preagg/refresh_counts.sql")
            .including("splits", SPLITS).including("groupingSets", GROUPING_SETS);
    private static final SqlTemplate REFRESHED = SqlTemplate.load("sql/preagg/refreshed.sql");
    private static final SqlTemplate NOW = SqlTemplate.of("now", "SELECT toUInt32(now()) AS now FORMAT JSONEachRow");

    private final ClickHouse clickHouse;
    private final SurveyCatalog surveys;
    private final PreAggProperties properties;
    private final ZoneId zone;
    private final AtomicLong lastGeneration = new AtomicLong();

    Refresher(ClickHouse clickHouse, SurveyCatalog surveys, PreAggProperties properties, QueryProperties query) {
        this.clickHouse = clickHouse;
        this.surveys = surveys;
        this.properties = properties;
        this.zone = query.timeZone();
    }

    @Scheduled(initialDelayString = "${fikr.preagg.refresh-every}", fixedDelayString = "${fikr.preagg.refresh-every}")
    void tick() {
        if (!properties.enabled()) {
            return;
        }
        try {
            refreshPending();
        } catch (ClickHouseUnavailableException e) {
            log.warn("Pre-aggregation refresh postponed: {}", e.getMessage());
        }
    }

    /** Refreshes every stale day whose last batch settled long enough ago; returns how many days it refreshed. */
    public int refreshPending() {
        Map<String, SortedSet<LocalDate>> due = new LinkedHashMap<>();
        for (JsonNode row : clickHouse.query(PENDING, Map.of("timeZone", SqlLiterals.string(zone.getId()),
                "surveys", "1", "abandonSeconds", SqlLiterals.integer(properties.abandonAfter().toSeconds())))) {
            long settled = row.get("settled").asLong();
            if (settled + properties.quietFor().toSeconds() < row.get("now").asLong()) {
                due.computeIfAbsent(row.get("survey_id").asString(), id -> new TreeSet<>())
                        .add(LocalDate.parse(row.get("on_day").asString()));
            }
        }
        int refreshed = 0;
        for (Map.Entry<String, SortedSet<LocalDate>> survey : due.entrySet()) {
            for (SortedSet<LocalDate> days : chunks(survey.getValue())) {
                refresh(survey.getKey(), days);
                refreshed += days.size();
            }
        }
        return refreshed;
    }

    private void refresh(String surveyId, SortedSet<LocalDate> days) {
        long covers = clickHouse.query(NOW, Map.of()).getFirst().get("now").asLong();
        long generation = lastGeneration.updateAndGet(last -> Math.max(last + 1, System.currentTimeMillis() * 1000));
        List<String> dayLiterals = days.stream().map(day -> SqlLiterals.string(day.toString())).toList();
        String span = Conditions.between(days.first(), days.last().plusDays(1), zone);
        String rows = "survey_id = " + SqlLiterals.string(surveyId) + " AND " + span + " AND toString(toDate("
                + "received_at, " + SqlLiterals.string(zone.getId()) + ")) IN (" + String.join(", ", dayLiterals) + ")";
        Map<String, String> parts = Map.of("surveyId", SqlLiterals.string(surveyId), "span", span,
                "days", String.join(", ", dayLiterals), "timeZone", SqlLiterals.string(zone.getId()),
                "generation", "toUInt64(" + SqlLiterals.integer(generation) + ")", "rows", rows,
                "optionQuestions", optionQuestions(surveyId));
        clickHouse.execute(FIND_SPLITS.render(clickHouse.database(), parts));
        clickHouse.execute(COUNTS.render(clickHouse.database(), parts));
        List<String> states = days.stream().map(day -> "(" + SqlLiterals.string(surveyId) + ", "
                + SqlLiterals.string(day.toString()) + ", " + SqlLiterals.integer(generation) + ", toDateTime("
                + SqlLiterals.integer(covers) + "))").toList();
        clickHouse.execute(REFRESHED.render(clickHouse.database(), Map.of("rows", String.join(", ", states))));
    }

    /**
     * The condition naming the survey's choice questions in any known version: their options are counted (the
     * answers of other questions, free text among them, are never copied into an aggregate).
     */
    private String optionQuestions(String surveyId) {
        Set<String> ids = new TreeSet<>();
        surveys.versions().stream().filter(survey -> survey.id().equals(surveyId))
                .flatMap(survey -> survey.answerable().stream())
                .filter(question -> question.type() == QuestionType.SINGLE_CHOICE
                        || question.type() == QuestionType.MULTIPLE_CHOICE)
                .forEach(question -> ids.add(question.id()));
        return ids.isEmpty() ? "0" : "question_id IN (" + SqlLiterals.stringList(List.copyOf(ids)) + ")";
    }

    /** Days of one survey in runs of at most {@code daysPerRefresh} within one month (one partition each). */
    private List<SortedSet<LocalDate>> chunks(SortedSet<LocalDate> days) {
        List<SortedSet<LocalDate>> chunks = new ArrayList<>();
        SortedSet<LocalDate> current = new TreeSet<>();
        for (LocalDate day : days) {
            if (!current.isEmpty() && (current.size() >= properties.daysPerRefresh()
                    || !current.first().withDayOfMonth(1).equals(day.withDayOfMonth(1)))) {
                chunks.add(current);
                current = new TreeSet<>();
            }
            current.add(day);
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }
}
