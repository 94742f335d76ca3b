package uz.fikr.survey.widget;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the website widget may be embedded.
 *
 * @param allowedOrigins origins (or patterns such as {@code https://*.library.uz}) whose pages may read surveys and
 *     send responses from a browser, {@code *} for any ({@code FIKR_WIDGET_ALLOWED_ORIGINS}, a comma list)
 */
@ConfigurationProperties("fikr.widget")
public record WidgetProperties(List<String> allowedOrigins) {

    public WidgetProperties {
        allowedOrigins = allowedOrigins == null ? List.of("*") : List.copyOf(allowedOrigins);
    }
}
