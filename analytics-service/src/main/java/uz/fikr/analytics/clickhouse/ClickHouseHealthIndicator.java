package uz.fikr.analytics.clickhouse;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** ClickHouse reachability, part of readiness. */
@Component
class ClickHouseHealthIndicator extends AbstractHealthIndicator {

    private final ClickHouse clickHouse;
    private final SchemaInitializer schema;

    ClickHouseHealthIndicator(ClickHouse clickHouse, SchemaInitializer schema) {
        super("ClickHouse is not reachable");
        this.clickHouse = clickHouse;
        this.schema = schema;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.withDetail("database", clickHouse.database()).withDetail("schemaApplied", schema.isReady());
        if (clickHouse.ping() && schema.isReady()) {
            builder.up();
        } else {
            builder.down();
        }
    }
}
