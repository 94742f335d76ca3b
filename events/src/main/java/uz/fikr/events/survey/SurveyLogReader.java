package uz.fikr.events.survey;

import java.util.Map;
import java.util.function.Consumer;
import uz.fikr.events.CompactedTopicReader;

/**
 * Reads {@code fikr.surveys.v1} from the beginning and keeps following it, handing every readable
 * {@link SurveyVersion} to a listener. It uses no consumer group and commits nothing: every start rebuilds the view
 * from the compacted log. {@code caughtUp} runs once, when the topic has been read up to where it ended at start.
 */
public final class SurveyLogReader {

    private final CompactedTopicReader<SurveyVersion> reader;

    /**
     * @param consumerConfig the service's consumer settings; group id and auto-commit are taken out
     * @param clientId names this reader in the broker's logs
     */
    public SurveyLogReader(Map<String, Object> consumerConfig, String clientId, Consumer<SurveyVersion> listener,
            Runnable caughtUp) {
        this.reader = new CompactedTopicReader<>(consumerConfig, clientId, SurveyVersion.TOPIC, SurveyVersion.class,
                SurveyVersion::readable, listener, caughtUp);
    }

    public void start() {
        reader.start();
    }

    public boolean isRunning() {
        return reader.isRunning();
    }

    public void stop() {
        reader.stop();
    }
}
