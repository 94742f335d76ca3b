package uz.fikr.survey.survey;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import uz.fikr.events.survey.BuiltInSurveys;
import uz.fikr.survey.authoring.SurveyTemplates;
import uz.fikr.events.survey.SurveyDefinition;
import uz.fikr.events.survey.SurveyStatus;
import uz.fikr.events.survey.SurveyVersion;
import uz.fikr.survey.publishing.BrokerUnavailableException;

/**
 * For demos and tests ({@code FIKR_SEED_DEMO_SURVEYS=true}): publishes the built-in surveys {@code demo} and
 * {@code service-quality}, and the {@code website-widget} template for the widget's demo page, once the store has
 * read the topic, unless a survey of that id exists already. While Kafka is down it keeps trying in the background.
 */
@Component
@ConditionalOnBooleanProperty("fikr.surveys.seed-demo")
class DemoSurveys implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSurveys.class);
    private static final Duration RETRY = Duration.ofSeconds(2);

    static final String WIDGET_TEMPLATE = "website-widget";

    private final SurveyStore store;
    private final SurveyTemplates templates;
    private final Clock clock;
    private volatile boolean done;

    DemoSurveys(SurveyStore store, SurveyTemplates templates, Clock clock) {
        this.store = store;
        this.templates = templates;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Thread.ofVirtual().name("seed-demo-surveys").start(this::seed);
    }

    /** True once the demo surveys are published (or were there already): readiness waits for it. */
    boolean done() {
        return done;
    }

    private void seed() {
        try {
            while (!store.caughtUp()) {
                TimeUnit.MILLISECONDS.sleep(100);
            }
            List<SurveyDefinition> demo = new ArrayList<>(BuiltInSurveys.all());
            templates.find(WIDGET_TEMPLATE).ifPresent(demo::add);
            for (SurveyDefinition survey : demo) {
                if (store.latest(survey.id()).isEmpty()) {
                    publish(SurveyVersion.of(survey, SurveyStatus.PUBLISHED, clock.instant(), "demo"));
                }
            }
            done = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void publish(SurveyVersion version) throws InterruptedException {
        while (true) {
            try {
                store.save(version);
                log.info("Published demo survey {} version {}", version.survey().id(), version.survey().version());
                return;
            } catch (BrokerUnavailableException e) {
                log.warn("Could not publish demo survey {} yet, retrying in {}", version.survey().id(), RETRY);
                TimeUnit.MILLISECONDS.sleep(RETRY.toMillis());
            }
        }
    }
}
