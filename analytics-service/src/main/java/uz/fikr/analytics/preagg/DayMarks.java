package uz.fikr.analytics.preagg;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import uz.fikr.analytics.clickhouse.ClickHouse;
import uz.fikr.analytics.clickhouse.SqlLiterals;
import uz.fikr.analytics.clickhouse.SqlTemplate;
import uz.fikr.analytics.query.QueryProperties;
import uz.fikr.events.ResponseSubmitted;

/**
 * What an ingest batch tells pre-aggregation: before it inserts, the (survey, day) pairs it is about to change
 * ({@link #started}); after its inserts succeeded, that it is done ({@link #stored}). The pairs are the days its
 * responses were received on and the days earlier copies of the same responses were received on, so a response
 * resubmitted on another day makes both days stale. Earlier copies are looked up only for the ids that
 * {@link KnownResponses} may know.
 */
@Component
public class DayMarks {

    private static final SqlTemplate MARK = SqlTemplate.load("sql/preagg/mark.sql");
    private static final SqlTemplate EARLIER = SqlTemplate.load("sql/preagg/earlier_days.sql");
    /** Response ids per look-up: keeps the statement far below ClickHouse's max_query_size (256 KiB). */
    private static final int IDS_PER_LOOKUP = 2_000;

    private final ClickHouse clickHouse;
    private final KnownResponses known;
    private final ZoneId zone;

    DayMarks(ClickHouse clickHouse, KnownResponses known, QueryProperties properties) {
        this.clickHouse = clickHouse;
        this.known = known;
        this.zone = properties.timeZone();
    }

    /** One batch's marks: its id and the days it touches. */
    public record Batch(UUID id, Set<SurveyDay> days) {}

    /** Marks the days the responses are about to change as started; call before inserting them. */
    public Batch started(List<ResponseSubmitted> responses) {
        Set<SurveyDay> days = new LinkedHashSet<>();
        Map<String, List<String>> idsBySurvey = new HashMap<>();
        for (ResponseSubmitted response : responses) {
            days.add(new SurveyDay(response.surveyId(), LocalDate.ofInstant(response.receivedAt(), zone)));
            if (known.mayBeStored(response.responseId())) {
                idsBySurvey.computeIfAbsent(response.surveyId(), id -> new ArrayList<>())
                        .add(response.responseId().toString());
            }
        }
        idsBySurvey.forEach((surveyId, ids) -> days.addAll(earlierDays(surveyId, ids)));
        known.add(responses.stream().map(ResponseSubmitted::responseId).toList());
        Batch batch = new Batch(UUID.randomUUID(), days);
        mark(batch, "started");
        return batch;
    }

    /** Marks the batch's days as stored; call after its inserts succeeded. */
    public void stored(Batch batch) {
        mark(batch, "stored");
    }

    private void mark(Batch batch, String stage) {
        if (batch.days().isEmpty()) {
            return;
        }
        List<String> rows = new ArrayList<>();
        for (SurveyDay day : batch.days()) {
            rows.add("(" + SqlLiterals.string(day.surveyId()) + ", " + SqlLiterals.string(day.day().toString()) + ", "
                    + SqlLiterals.string(batch.id().toString()) + ", " + SqlLiterals.string(stage) + ", now())");
        }
        clickHouse.execute(MARK.render(clickHouse.database(), Map.of("rows", String.join(", ", rows))));
    }

    private List<SurveyDay> earlierDays(String surveyId, Collection<String> ids) {
        List<SurveyDay> days = new ArrayList<>();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += IDS_PER_LOOKUP) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IDS_PER_LOOKUP));
            for (JsonNode row : clickHouse.query(EARLIER, Map.of("timeZone", SqlLiterals.string(zone.getId()),
                    "surveyId", SqlLiterals.string(surveyId), "responseIds", SqlLiterals.stringList(chunk)))) {
                days.add(new SurveyDay(row.get("survey_id").asString(), LocalDate.parse(row.get("day").asString())));
            }
        }
        return days;
    }
}
