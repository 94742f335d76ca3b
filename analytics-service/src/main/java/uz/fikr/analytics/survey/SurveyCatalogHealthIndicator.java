package uz.fikr.analytics.survey;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;
import uz.fikr.events.survey.SurveyVersion;

/** Part of readiness: the survey definitions have been read up to where the topic ended at start-up. */
@Component
class SurveyCatalogHealthIndicator extends AbstractHealthIndicator {

    private final SurveyCatalog catalog;

    SurveyCatalogHealthIndicator(SurveyCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.withDetail("topic", SurveyVersion.TOPIC);
        if (catalog.caughtUp()) {
            builder.up();
        } else {
            builder.down();
        }
    }
}
