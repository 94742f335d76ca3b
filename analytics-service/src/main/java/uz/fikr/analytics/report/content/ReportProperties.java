package uz.fikr.analytics.report.content;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param libraryName the library's name on every report's cover ({@code FIKR_LIBRARY_NAME}) */
@ConfigurationProperties("fikr.report")
public record ReportProperties(String libraryName) {

    public ReportProperties {
        if (libraryName == null || libraryName.isBlank()) {
            throw new IllegalArgumentException("fikr.report.library-name must not be blank");
        }
    }
}
