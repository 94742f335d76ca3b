package uz.fikr.analytics.clickhouse;

import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where ClickHouse is and how to talk to it.
 *
 * @param url HTTP endpoint, e.g. {@code http://localhost:8123}
 * @param database the database Fikr owns; an identifier, checked here because SQL names it
 * @param socketTimeout how long a query or insert may take before it counts as failed (and is retried)
 * @param maxConnections HTTP connections to ClickHouse, shared by ingestion and the API
 */
@ConfigurationProperties("fikr.clickhouse")
public record ClickHouseProperties(String url, String username, String password, String database,
        Duration connectTimeout, Duration socketTimeout, int maxConnections) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]{0,62}");

    public ClickHouseProperties {
        if (!IDENTIFIER.matcher(database).matches()) {
            throw new IllegalArgumentException("fikr.clickhouse.database must be a plain identifier: " + database);
        }
        password = password == null ? "" : password;
        if (maxConnections < 1) {
            throw new IllegalArgumentException("fikr.clickhouse.max-connections must be 1 or more: " + maxConnections);
        }
    }
}
