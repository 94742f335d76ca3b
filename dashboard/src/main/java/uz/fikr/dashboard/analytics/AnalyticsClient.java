package uz.fikr.dashboard.analytics;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** Reads survey summaries from analytics-service's HTTP API. */
@Component
public class AnalyticsClient {

    private final RestClient restClient;

    AnalyticsClient(RestClient.Builder builder, AnalyticsProperties properties) {
        var settings = HttpClientSettings.defaults().withTimeouts(properties.timeout(), properties.timeout());
        this.restClient = builder
                .baseUrl(properties.url().toString().replaceAll("/+$", ""))
                .requestFactory(ClientHttpRequestFactoryBuilder.detect().build(settings))
                .defaultHeaders(headers -> {
                    if (!properties.password().isEmpty()) {
                        headers.setBasicAuth(properties.user(), properties.password());
                    }
                })
                .build();
    }

    /**
     * The current summary of a survey.
     *
     * @throws AnalyticsUnavailableException when analytics-service is unreachable, slow, answers with an
     *     error status or with a body that is not a summary
     */
    public SurveySummary summary(String surveyId) {
        SurveySummary summary;
        try {
            summary = restClient.get()
                    .uri("/api/v1/surveys/{surveyId}/summary", surveyId)
                    .accept(MediaType.APPLICATION_JSON)
                    .retrieve()
                    .body(SurveySummary.class);
        }
        catch (RestClientException ex) {
            throw new AnalyticsUnavailableException("Cannot read the summary of survey '%s' from analytics-service: %s"
                .formatted(surveyId, ex.getMessage()), ex);
        }
        if (summary == null) {
            throw new AnalyticsUnavailableException(
                    "analytics-service sent an empty summary for survey '%s'".formatted(surveyId));
        }
        return summary;
    }
}
