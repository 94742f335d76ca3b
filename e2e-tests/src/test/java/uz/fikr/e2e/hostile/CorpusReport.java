package uz.fikr.e2e.hostile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uz.fikr.testsupport.Reply;

/**
 * What each case got back, kept to count what was acknowledged and to print the table at the end: cases per
 * group, the statuses seen and how many cases did not get what they should.
 */
public final class CorpusReport {

    /**
     * One case and what it got: the status (-1 when no answer came), the kind of body and whether it passed its
     * checks.
     */
    public record Outcome(HostileCase hostile, int status, String body, boolean passed) {}

    private final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());

    public void add(HostileCase hostile, @Nullable Reply reply, boolean passed) {
        outcomes.add(new Outcome(hostile, reply == null ? -1 : reply.status(), kind(reply), passed));
    }

    /** Cases that were acknowledged although they are not valid by design: what they sent may have been stored. */
    public List<String> acknowledgedWrongly() {
        synchronized (outcomes) {
            return outcomes.stream().filter(outcome -> outcome.hostile().stored() == null)
                    .filter(outcome -> outcome.status() >= 200 && outcome.status() < 300)
                    .filter(outcome -> !outcome.hostile().statuses().contains(outcome.status()))
                    .map(outcome -> outcome.hostile().toString()).toList();
        }
    }

    /** The cases valid by design that were acknowledged, so their records must be stored. */
    public List<HostileCase.Stored> acknowledged() {
        synchronized (outcomes) {
            return outcomes.stream().filter(outcome -> outcome.hostile().stored() != null)
                    .filter(outcome -> outcome.status() >= 200 && outcome.status() < 400)
                    .map(outcome -> outcome.hostile().stored()).toList();
        }
    }

    /** The table: one line per group, then the total. */
    public String table() {
        Map<String, List<Outcome>> groups = new LinkedHashMap<>();
        synchronized (outcomes) {
            outcomes.forEach(outcome -> groups.computeIfAbsent(outcome.hostile().group(), g -> new ArrayList<>())
                    .add(outcome));
        }
        StringBuilder table = new StringBuilder(String.format("%n%-26s %5s %6s  %-44s %s%n", "group", "cases",
                "failed", "statuses seen (status x cases)", "bodies"));
        List<Outcome> all = new ArrayList<>();
        groups.forEach((group, list) -> {
            table.append(line(group, list));
            all.addAll(list);
        });
        table.append(line("all", all));
        return table.toString();
    }

    private static String line(String group, List<Outcome> outcomes) {
        Map<Integer, Long> statuses = outcomes.stream().collect(Collectors.groupingBy(Outcome::status, TreeMap::new,
                Collectors.counting()));
        String seen = statuses.entrySet().stream().map(entry -> (entry.getKey() < 0 ? "none" : entry.getKey())
                + "x" + entry.getValue()).collect(Collectors.joining(" "));
        String bodies = outcomes.stream().collect(Collectors.groupingBy(Outcome::body, TreeMap::new,
                Collectors.counting())).entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue())
                .collect(Collectors.joining(", "));
        long failed = outcomes.stream().filter(outcome -> !outcome.passed()).count();
        return String.format("%-26s %5d %6d  %-44s %s%n", group, outcomes.size(), failed, seen, bodies);
    }

    private static String kind(@Nullable Reply reply) {
        if (reply == null) {
            return "none";
        }
        String type = reply.contentType();
        if (reply.body().length == 0) {
            return "empty";
        }
        return type.startsWith("application/problem+json") ? "problem"
                : type.startsWith("text/html") ? "html"
                : type.startsWith("application/json") ? "json"
                : type.isEmpty() ? "untyped" : type.split(";")[0];
    }
}
