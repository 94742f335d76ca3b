package uz.fikr.analytics.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at {@code /v3/api-docs} (browsable at {@code /swagger-ui.html}). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI fikrAnalyticsApi() {
        return new OpenAPI().info(new Info()
                .title("Fikr analytics API")
                .version("v1")
                .description("Statistics of reader surveys: every figure with its n and its 95% interval; groups of "
                        + "fewer than k respondents (5 by default) are suppressed. Filters on every survey endpoint: "
                        + "from, to (dates in the library's time zone, inclusive), version, branch, readerGroup, "
                        + "ageBand, channel. /stats also gives responses, how many responses match the filter (each "
                        + "counted once, however often it was delivered); a count of 1 to k-1 is given as null with "
                        + "responsesSuppressed true. The feedback inbox (/api/v1/inbox) lists reader comments and "
                        + "online feedback with where each stands in the staff's workflow."));
    }
}
