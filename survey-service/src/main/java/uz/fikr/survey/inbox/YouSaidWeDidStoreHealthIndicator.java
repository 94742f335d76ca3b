package uz.fikr.survey.inbox;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Ready once every entry on {@code fikr.yousaid.v1} has been read: before that the public list would be missing
 * entries, and a change could not tell whether it unpublishes one.
 */
@Component
class YouSaidWeDidStoreHealthIndicator implements HealthIndicator {

    private final YouSaidWeDidStore store;

    YouSaidWeDidStoreHealthIndicator(YouSaidWeDidStore store) {
        this.store = store;
    }

    @Override
    public Health health() {
        Health.Builder builder = store.caughtUp() ? Health.up() : Health.outOfService();
        return builder.withDetail("topic", YouSaidWeDidEntry.TOPIC).withDetail("entries", store.size()).build();
    }
}
