package uz.fikr.e2e.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uz.fikr.demo.Submission;

/**
 * Compares what readers were told with what a manager sees, once a scenario has settled.
 * <ul>
 * <li><b>stored</b>: responses of the scenario that ClickHouse holds whole (a row and every answer);</li>
 * <li><b>lost</b>: acknowledged (202) but not stored whole, or, if larger, the most any figure of the summary fell
 * short of what the stored responses add to it;</li>
 * <li><b>duplicated</b>: the most any figure of the summary (responses, n per question, count per value or option)
 * grew beyond what the stored responses add to it, each counted once: a response counted twice shows here even when
 * it has a single row;</li>
 * <li><b>half-stored</b>: responses with some but not all of their rows;</li>
 * <li><b>copies</b>: extra physical rows of the scenario's responses that the reads had to fold (at-least-once
 * storage at work: proof the fault caused redelivery, not a defect).</li>
 * </ul>
 */
public final class Reconciliation {

    private Reconciliation() {}

    public record Row(String scenario, int sent, int acknowledged, int stored, int lost, long duplicated,
            int halfStored, int deadLettered, long copies, @Nullable Duration recovery, String notes,
            List<UUID> lostIds, List<String> figureMismatches) {}

    public static Row reconcile(String scenario, Map<UUID, ? extends Submission> sent, Set<UUID> acknowledged,
            ManagerFigures before, ManagerFigures after, StoredResponses storage, int deadLettered,
            @Nullable Duration recovery, String notes) {
        List<Submission> whole = new ArrayList<>();
        int halfStored = 0;
        long copies = 0;
        for (Submission submission : sent.values()) {
            UUID id = submission.responseId();
            if (storage.whole(id, answers(submission))) {
                whole.add(submission);
                copies += storage.copies(id) - 1;
            } else if (!storage.absent(id)) {
                halfStored++;
            }
        }
        Set<UUID> wholeIds = whole.stream().map(Submission::responseId).collect(Collectors.toSet());
        List<UUID> lostIds = acknowledged.stream().filter(id -> !wholeIds.contains(id)).sorted().toList();

        Map<String, Long> expected = before.expectedGrowth(whole);
        Map<String, Long> growth = after.growthSince(before);
        List<String> mismatches = new ArrayList<>();
        long excess = 0;
        long shortfall = 0;
        for (String figure : union(expected, growth)) {
            long difference = growth.getOrDefault(figure, 0L) - expected.getOrDefault(figure, 0L);
            if (difference != 0) {
                mismatches.add(figure + " grew by " + growth.getOrDefault(figure, 0L) + ", expected "
                        + expected.getOrDefault(figure, 0L));
            }
            excess = Math.max(excess, difference);
            shortfall = Math.max(shortfall, -difference);
        }
        return new Row(scenario, sent.size(), acknowledged.size(), whole.size(),
                (int) Math.max(lostIds.size(), shortfall), excess, halfStored, deadLettered, copies, recovery, notes,
                lostIds, mismatches);
    }

    static int answers(Submission submission) {
        return ((Map<?, ?>) submission.toRequestBody().get("answers")).size();
    }

    private static List<String> union(Map<String, Long> a, Map<String, Long> b) {
        return java.util.stream.Stream.concat(a.keySet().stream(), b.keySet().stream()).distinct().sorted().toList();
    }
}
