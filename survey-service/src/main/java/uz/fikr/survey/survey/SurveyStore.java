package uz.fikr.survey.survey;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;
import uz.fikr.events.CompactedTopicReader;
import uz.fikr.events.survey.SurveyVersion;
import uz.fikr.survey.publishing.EventPublisher;

/**
 * Every version of every survey, kept durably on the compacted topic {@code fikr.surveys.v1}: a change is written to
 * Kafka ({@code acks=all}) before it is applied here, and every start rebuilds this view by reading the topic from the
 * beginning. Other instances see each change through the same topic.
 */
@Component
public class SurveyStore implements SurveyVersions, SmartLifecycle {

    private final Map<String, NavigableMap<Integer, SurveyVersion>> surveys = new ConcurrentHashMap<>();
    private final EventPublisher publisher;
    private final CompactedTopicReader<SurveyVersion> reader;
    private volatile boolean caughtUp;

    SurveyStore(EventPublisher publisher, ConsumerFactory<?, ?> consumerFactory) {
        this.publisher = publisher;
        this.reader = new CompactedTopicReader<>(consumerFactory.getConfigurationProperties(),
                "fikr-survey-service-surveys", SurveyVersion.TOPIC, SurveyVersion.class, SurveyVersion::readable,
                this::apply, () -> caughtUp = true);
    }

    /** Writes the version to Kafka and, once the broker has it, into this view. */
    public void save(SurveyVersion version) {
        publisher.publish(SurveyVersion.TOPIC, version.key(), version);
        apply(version);
    }

    @Override
    public List<SurveyVersion> versions(String surveyId) {
        NavigableMap<Integer, SurveyVersion> versions = surveys.get(surveyId);
        return versions == null ? List.of() : List.copyOf(versions.values());
    }

    public Optional<SurveyVersion> version(String surveyId, int version) {
        NavigableMap<Integer, SurveyVersion> versions = surveys.get(surveyId);
        return Optional.ofNullable(versions == null ? null : versions.get(version));
    }

    public Optional<SurveyVersion> latest(String surveyId) {
        NavigableMap<Integer, SurveyVersion> versions = surveys.get(surveyId);
        return versions == null || versions.isEmpty() ? Optional.empty() : Optional.of(versions.lastEntry().getValue());
    }

    public Collection<String> surveyIds() {
        return List.copyOf(surveys.keySet());
    }

    /** True once the topic has been read up to where it ended when this service started. */
    @Override
    public boolean caughtUp() {
        return caughtUp;
    }

    /** Applies a version read back from the topic or just written; an older change never replaces a newer one. */
    private void apply(SurveyVersion version) {
        surveys.computeIfAbsent(version.survey().id(), id -> new ConcurrentSkipListMap<>())
                .merge(version.survey().version(), version,
                        (known, incoming) -> incoming.changedAt().isBefore(known.changedAt()) ? known : incoming);
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
