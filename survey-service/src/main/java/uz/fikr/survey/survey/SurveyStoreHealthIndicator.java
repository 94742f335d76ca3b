package uz.fikr.survey.survey;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import uz.fikr.events.survey.SurveyVersion;

/**
 * Ready once every survey version on {@code fikr.surveys.v1} has been read (before that a form could 404) and, when
 * asked for, the demo surveys are published.
 */
@Component
class SurveyStoreHealthIndicator implements HealthIndicator {

    private final SurveyStore store;
    private final ObjectProvider<DemoSurveys> demoSurveys;

    SurveyStoreHealthIndicator(SurveyStore store, ObjectProvider<DemoSurveys> demoSurveys) {
        this.store = store;
        this.demoSurveys = demoSurveys;
    }

    @Override
    public Health health() {
        DemoSurveys demo = demoSurveys.getIfAvailable();
        boolean ready = store.caughtUp() && (demo == null || demo.done());
        Health.Builder builder = ready ? Health.up() : Health.outOfService();
        return builder.withDetail("topic", SurveyVersion.TOPIC).withDetail("surveys", store.surveyIds().size()).build();
    }
}
