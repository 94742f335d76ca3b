package uz.fikr.survey.widget;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets pages of the allowed sites read published surveys and send responses, and nothing else: no cookies or
 * credentials travel, and the admin and staff APIs stay same-origin. {@code Retry-After} is readable so the widget
 * can wait as long as a 503 or 429 asks.
 */
@Configuration
class WidgetCorsConfiguration implements WebMvcConfigurer {

    private static final long PREFLIGHT_CACHE_SECONDS = Duration.ofHours(1).toSeconds();

    private final WidgetProperties properties;

    WidgetCorsConfiguration(WidgetProperties properties) {
        this.properties = properties;
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        String[] origins = properties.allowedOrigins().toArray(String[]::new);
        registry.addMapping("/api/v1/responses")
                .allowedOriginPatterns(origins)
                .allowedMethods("POST")
                .allowedHeaders(HttpHeaders.CONTENT_TYPE)
                .exposedHeaders(HttpHeaders.RETRY_AFTER)
                .allowCredentials(false)
                .maxAge(PREFLIGHT_CACHE_SECONDS);
        registry.addMapping("/api/v1/surveys/**")
                .allowedOriginPatterns(origins)
                .allowedMethods("GET")
                .allowCredentials(false)
                .maxAge(PREFLIGHT_CACHE_SECONDS);
    }
}
