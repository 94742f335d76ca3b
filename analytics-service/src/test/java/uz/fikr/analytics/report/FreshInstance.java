package uz.fikr.analytics.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uz.fikr.analytics.AnalyticsServiceApplication;

/**
 * Another analytics-service in the test's JVM, as after a restart or beside a second instance: a new application
 * context on the same broker and the same ClickHouse database, with the same test generator and clock.
 */
public final class FreshInstance {

    private FreshInstance() {}

    /** Starts it with the given properties (those of the running test's context that matter) on a free port. */
    public static ConfigurableApplicationContext start(Map<String, String> properties) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1"));
        properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        return new SpringApplicationBuilder(AnalyticsServiceApplication.class, TestReportGeneration.class)
                .run(arguments.toArray(String[]::new));
    }

    public static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
