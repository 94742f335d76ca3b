package uz.fikr.analytics.preagg;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import uz.fikr.analytics.clickhouse.ClickHouse;
import uz.fikr.analytics.clickhouse.SqlTemplate;
import uz.fikr.analytics.query.AnswerFilter;
import uz.fikr.analytics.query.Conditions;
import uz.fikr.analytics.query.Grouping;
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
    private static final Executor FORKS = Executors.newVirtualThreadPerTaskExecutor();

    private final DayStates states;
    private final PreAggProperties properties;
    private final ZoneId zone;
    private final String database;
    private final ClickHouse clickHouse;
    /** The view of the {@link #consistent} call running on this thread, if any. */
    private final ThreadLocal<@Nullable View> current = new ThreadLocal<>();

    PreAggregates(DayStates states, PreAggProperties properties, QueryProperties query, ClickHouse clickHouse) {
        this.clickHouse = clickHouse;
        this.states = states;
        this.properties = properties;
        this.zone = query.timeZone();
        this.database = clickHouse.database();
    }

    public boolean enabled() {
        return properties.enabled();
    }

    /**
     * The rows of {@code raw}, or, when pre-aggregation is on and the filter and grouping name one filter column at
     * most, the rows of {@code aggregated}: the same rows by construction, read from the clean days' aggregates and
     * the raw rows of every other day. {@code parts} are the raw template's; the aggregated one also gets
     * {@code aggregated}, {@code aggregatedGroup} and {@code recent}.
     */
    public List<JsonNode> query(SqlTemplate raw, SqlTemplate aggregated, String surveyId, AnswerFilter filter,
            @Nullable Grouping grouping, Map<String, String> parts) {
        if (!enabled() || !Conditions.oneGroupingSet(filter, grouping)) {
            return clickHouse.query(raw, parts);
        }
        Function<View, List<JsonNode>> query = view -> {
            Map<String, String> all = new HashMap<>(parts);
            all.put("aggregated", view.aggregated(filter, grouping));
            all.put("aggregatedGroup", SplitConditions.aggregatedGroup(grouping));
            all.put("recent", view.recent());
            return clickHouse.query(aggregated, all);
        };
        View within = current.get();
        return within != null && within.surveyId.equals(surveyId) ? query.apply(within) : read(surveyId, query);
    }

    /**
     * Starts {@code read} on another (virtual) thread, on the view of the {@link #consistent} call running on this
     * one, and returns what waits for its result: the counts of one request run side by side, each its own ClickHouse
     * query, instead of one after the other. A failure is thrown where the result is taken, as it was thrown.
     */
    public <T> Supplier<T> fork(Supplier<T> read) {
        View view = current.get();
        CompletableFuture<T> result = CompletableFuture.supplyAsync(() -> {
            current.set(view);
            try {
                return read.get();
            } finally {
                current.remove();
            }
        }, FORKS);
        return () -> {
            try {
                return result.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw e;
            }
        };
    }

    /**
     * Runs several reads of one survey on one view of its days: the day states are read once before them and
     * checked once after them (instead of around each read), and all of them see the same clean days. A page that
     * needs four counts thus makes six round trips to ClickHouse instead of twelve.
     */
    public <T> T consistent(String surveyId, Supplier<T> reads) {
        if (!enabled() || current.get() != null) {
            return reads.get();
        }
        return read(surveyId, view -> {
            current.set(view);
            try {
                return reads.get();
            } finally {
                current.remove();
            }
        });
    }

    /** Runs {@code query} with the conditions that split a survey's data between aggregates and raw tables. */
    public <T> T read(String surveyId, Function<View, T> query) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            SortedMap<LocalDate, DayStates.State> clean = new TreeMap<>();
            DayStates.Snapshot before = states.of(surveyId);
            before.days().forEach((day, state) -> {
                if (state.clean()) {
                    clean.put(day, state);
                }
            });
            if (clean.isEmpty()) {
                return query.apply(raw(surveyId));
            }
            View view = new View(surveyId, clean, before.splits());
            T result = query.apply(view);
            Map<LocalDate, DayStates.State> after = states.of(surveyId).days();
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

        public String aggregated(AnswerFilter filter, @Nullable Grouping grouping) {
            return SplitConditions.aggregated(surveyId, filter, grouping, generations);
        }

        public String recent() {
            return SplitConditions.recent(database, surveyId, generations, zone, splits);
        }
    }
}
