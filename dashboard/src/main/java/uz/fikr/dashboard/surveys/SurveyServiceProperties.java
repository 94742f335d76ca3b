package uz.fikr.dashboard.surveys;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where survey-service answers, and the login the dashboard manages surveys and the inbox with.
 *
 * @param url base URL of survey-service, e.g. {@code http://localhost:8081}
 * @param user survey-service's admin login ({@code FIKR_ADMIN_USER})
 * @param password its password ({@code FIKR_ADMIN_PASSWORD})
 * @param publicUrl the address readers use for survey-service (links, QR codes and posters); defaults to {@code url}
 */
@ConfigurationProperties("fikr.surveys")
record SurveyServiceProperties(@DefaultValue("http://localhost:8081") URI url, @DefaultValue("5s") Duration timeout,
        @DefaultValue("admin") String user, @DefaultValue("") String password, URI publicUrl) {

    SurveyServiceProperties {
        publicUrl = publicUrl == null ? url : publicUrl;
    }
}
