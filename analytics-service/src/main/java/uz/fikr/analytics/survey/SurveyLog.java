package uz.fikr.analytics.survey;

import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;
import uz.fikr.events.survey.SurveyLogReader;

/**
 * Follows {@code fikr.surveys.v1} into the {@link SurveyCatalog}: every released (published or closed) version.
 * Drafts are the authors' business and never reach analytics.
 */
@Component
class SurveyLog implements SmartLifecycle {

    private final SurveyLogReader reader;

    SurveyLog(SurveyCatalog catalog, ConsumerFactory<?, ?> consumerFactory) {
        this.reader = new SurveyLogReader(consumerFactory.getConfigurationProperties(), "fikr-analytics-surveys",
                version -> {
                    if (version.isReleased()) {
                        catalog.add(version.survey());
                    }
                }, catalog::markCaughtUp);
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

    /** Before the ingestion listeners start. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 200;
    }
}
