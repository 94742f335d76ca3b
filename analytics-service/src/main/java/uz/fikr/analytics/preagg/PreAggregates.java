package uz.fikr.analytics.preagg;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import uz.fikr.analytics.clickhouse.ClickHouse;
import uz.fikr.analytics.query.AnswerFilter;
import uz.fikr.analytics.query.QueryProperties;

/**
 * Runs a read over pre-aggregated days: which days are clean (their aggregate holds every stored batch) is read
 * before the query and checked again after it; if a batch marked one of those days meanwhile, the read is run
 * again, and after {@value #ATTEMPTS} tries it reads every day raw. So an answer is always the one the raw tables
 * give for the data the query saw.
 */
@Component
public class PreAggregates {

    private static final int ATTEMPTS = 3;

    private final DayStates states;
    private final PreAggProperties properties;
    private final ZoneId zone;
    private final String database;

    PreAggregates(DayStates states, PreAggProperties properties, QueryProperties query, ClickHouse clickHouse) {
        this.states = states;
        this.properties = properties;
        this.zone = query.timeZone();
        this.database = clickHouse.database();
    }

    public boolean enabled() {
        return properties.enabled();
    }

    /** Runs {@code query} with the conditions that split a survey's data between aggregates and raw tables. */
    public <T> T read(String surveyId, Function<View, T> query) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            SortedMap<LocalDate, DayStates.State> clean = new TreeMap<>();
            states.of(surveyId).forEach((day, state) -> {
                if (state.clean()) {
                    clean.put(day, state);
                }
            });
            if (clean.isEmpty()) {
                return query.apply(raw(surveyId));
            }
            View view = new View(surveyId, clean, states.hasSplits(surveyId));
            T result = query.apply(view);
            Map<LocalDate, DayStates.State> after = states.of(surveyId);
            boolean stillClean = clean.entrySet().stream().allMatch(entry -> {
                DayStates.State now = after.get(entry.getKey());
                return now != null && now.settled() < entry.getValue().covers();
            });
            if (stillClean) {
                return result;
            }
        }
        return query.apply(raw(surveyId));
    }

    private View raw(String surveyId) {
        return new View(surveyId, new TreeMap<>(), false);
    }

    /** The two conditions of a read: which aggregate rows to take, and which raw rows. */
    public final class View {

        private final String surveyId;
        private final SortedMap<LocalDate, Long> generations = new TreeMap<>();
        private final boolean splits;

        private View(String surveyId, SortedMap<LocalDate, DayStates.State> clean, boolean splits) {
            this.surveyId = surveyId;
            clean.forEach((day, state) -> generations.put(day, state.generation()));
            this.splits = splits;
        }

        public String aggregated(AnswerFilter filter) {
            return SplitConditions.aggregated(surveyId, filter, generations);
        }

        public String recent() {
            return SplitConditions.recent(database, surveyId, generations, zone, splits);
        }
    }
}
