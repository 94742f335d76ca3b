package uz.fikr.analytics.clickhouse;

import com.clickhouse.client.api.Client;
import java.time.temporal.ChronoUnit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The official ClickHouse Java client, set up so that it works with every server Fikr supports, 18.16 included:
 * uncompressed responses, and every query names its output format in its SQL text.
 */
@Configuration(proxyBeanMethods = false)
class ClickHouseConfiguration {

    @Bean(destroyMethod = "close")
    Client clickHouseClient(ClickHouseProperties properties) {
        return new Client.Builder()
                .addEndpoint(properties.url())
                .setUsername(properties.username())
                .setPassword(properties.password())
                .compressServerResponse(false)
                .setConnectTimeout(properties.connectTimeout().toMillis(), ChronoUnit.MILLIS)
                .setSocketTimeout(properties.socketTimeout().toMillis(), ChronoUnit.MILLIS)
                .setConnectionRequestTimeout(properties.connectTimeout().toMillis(), ChronoUnit.MILLIS)
                .setMaxConnections(properties.maxConnections())
                .build();
    }
}
