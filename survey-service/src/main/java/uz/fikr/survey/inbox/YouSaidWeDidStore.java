package uz.fikr.survey.inbox;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;
import uz.fikr.events.CompactedTopicReader;

/**
 * Every "you said, we did" entry, published or not, as the compacted topic {@code fikr.yousaid.v1} holds them: every
 * start rebuilds this view by reading the topic from the beginning, and it keeps following the topic, so every
 * instance sees every entry. An entry just written is applied here once the broker has it.
 */
@Component
class YouSaidWeDidStore implements SmartLifecycle {

    private final Map<String, YouSaidWeDidEntry> entries = new ConcurrentHashMap<>();
    private final CompactedTopicReader<YouSaidWeDidEntry> reader;
    private volatile boolean caughtUp;

    YouSaidWeDidStore(ConsumerFactory<?, ?> consumerFactory) {
        this.reader = new CompactedTopicReader<>(consumerFactory.getConfigurationProperties(),
                "fikr-survey-service-yousaid", YouSaidWeDidEntry.TOPIC, YouSaidWeDidEntry.class,
                YouSaidWeDidEntry::readable, this::apply, () -> caughtUp = true);
    }

    Optional<YouSaidWeDidEntry> entry(String itemId) {
        return Optional.ofNullable(entries.get(itemId));
    }

    /** The entries readers see, newest first; in one language ({@code uz-Latn}, …) or, when null, in all. */
    List<YouSaidWeDidEntry> published(@Nullable String language) {
        return entries.values().stream().filter(YouSaidWeDidEntry::published)
                .filter(entry -> language == null || entry.language().equals(language))
                .sorted(Comparator.comparing(YouSaidWeDidEntry::updatedAt).reversed()
                        .thenComparing(YouSaidWeDidEntry::itemId))
                .toList();
    }

    int size() {
        return entries.size();
    }

    /** True once the topic has been read up to where it ended when this service started. */
    boolean caughtUp() {
        return caughtUp;
    }

    /** Applies an entry read back from the topic or just written; an older one never replaces a newer one. */
    void apply(YouSaidWeDidEntry entry) {
        entries.merge(entry.itemId(), entry,
                (known, incoming) -> incoming.updatedAt().isBefore(known.updatedAt()) ? known : incoming);
    }

    @Override
    public void start() {
        reader.start();
    }

    @Override
    public void stop() {
        reader.stop();
    }

    @Override
    public boolean isRunning() {
        return reader.isRunning();
    }
}
