package uz.fikr.e2e.faults;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;
import org.jspecify.annotations.Nullable;
import uz.fikr.demo.Submission;
import uz.fikr.events.ResponseSubmitted;

/**
 * The state before a scenario (the manager's figures, the dead letters so far), and the reconciliation after it:
 * what the scenario added is the difference.
 */
public final class Checkpoint {

    /** analytics-service's consumer group (its default {@code FIKR_CONSUMER_GROUP}). */
    public static final String CONSUMER_GROUP = "fikr-analytics";

    private final FaultStack stack;
    private final KafkaProbe kafka;
    private final ManagerFigures before;
    private final Set<String> deadLettersBefore;
    private volatile String waitingFor = "";

    private Checkpoint(FaultStack stack, KafkaProbe kafka) {
        this.stack = stack;
        this.kafka = kafka;
        this.before = ManagerFigures.read(stack.analyticsService());
        this.deadLettersBefore = origins(kafka.deadLetters(ResponseSubmitted.TOPIC));
    }

    public static Checkpoint take(FaultStack stack, KafkaProbe kafka) {
        return new Checkpoint(stack, kafka);
    }

    /**
     * Waits until every acknowledged response is stored whole and analytics-service has committed everything on
     * the topic (so nothing more will be delivered again).
     *
     * @return when that was, or null when it was not within {@code atMost}: the reconciliation then shows the loss
     */
    public @Nullable Instant settle(Map<UUID, ? extends Submission> sent, Set<UUID> acknowledged, Duration atMost) {
        try {
            await().atMost(atMost).pollInterval(Duration.ofMillis(250)).until(() -> settled(sent, acknowledged));
            return Instant.now();
        } catch (ConditionTimeoutException notSettled) {
            return null;
        }
    }

    /** What the last {@link #settle} was still waiting for when it gave up, for the report. */
    public String waitingFor() {
        return waitingFor;
    }

    private boolean settled(Map<UUID, ? extends Submission> sent, Set<UUID> acknowledged) {
        try {
            StoredResponses storage = StoredResponses.read(stack.database());
            long missing = acknowledged.stream()
                    .filter(id -> !storage.whole(id, Reconciliation.answers(sent.get(id)))).count();
            if (missing > 0) {
                waitingFor = missing + " acknowledged responses not yet stored whole";
                return false;
            }
            long lag = kafka.lag(CONSUMER_GROUP, ResponseSubmitted.TOPIC);
            waitingFor = "consumer lag " + lag;
            return lag == 0;
        } catch (RuntimeException unreachable) {
            // a service or the broker is still coming back
            waitingFor = unreachable.toString();
            return false;
        }
    }

    public Reconciliation.Row reconcile(String scenario, Map<UUID, ? extends Submission> sent,
            Set<UUID> acknowledged, @Nullable Duration recovery, String notes) {
        ManagerFigures after = ManagerFigures.read(stack.analyticsService());
        StoredResponses storage = StoredResponses.read(stack.database());
        return Reconciliation.reconcile(scenario, sent, acknowledged, before, after, storage,
                newDeadLetters().size(), recovery, notes);
    }

    /** The records dead-lettered since the checkpoint, each once however often it was sent to the topic. */
    public Set<String> newDeadLetters() {
        Set<String> now = origins(kafka.deadLetters(ResponseSubmitted.TOPIC));
        now.removeAll(deadLettersBefore);
        return now;
    }

    private static Set<String> origins(List<KafkaProbe.DeadLetter> deadLetters) {
        return deadLetters.stream().map(KafkaProbe.DeadLetter::origin).collect(Collectors.toCollection(HashSet::new));
    }
}
