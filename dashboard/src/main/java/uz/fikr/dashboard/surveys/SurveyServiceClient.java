package uz.fikr.dashboard.surveys;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import uz.fikr.dashboard.service.ServiceClient;
import uz.fikr.dashboard.service.ServiceException;

/**
 * Talks to survey-service's management API ({@code /api/v1/admin}) with its admin login. The dashboard checks its
 * own user's role before it calls; survey-service records the dashboard user's name where a change names one.
 */
@Component
public class SurveyServiceClient {

    private final ServiceClient client;
    private final URI publicUrl;

    SurveyServiceClient(RestClient.Builder builder, SurveyServiceProperties properties) {
        this.client = new ServiceClient("survey-service", builder, properties.url(), properties.timeout(),
                properties.user(), properties.password());
        this.publicUrl = properties.publicUrl();
    }

    /**
     * Every survey with its status and versions, as the survey list shows them.
     *
     * @throws ServiceException when survey-service is unreachable or refuses
     */
    public List<SurveyListItem> surveys() {
        return client.get("/api/v1/admin/surveys", Map.of(), new ParameterizedTypeReference<List<SurveyListItem>>() {
        });
    }

    /** The client for the other management calls (templates, drafts, publishing, the inbox workflow). */
    public ServiceClient client() {
        return client;
    }

    /** The address readers open survey-service at, for links, QR codes and posters. */
    public URI publicUrl() {
        return publicUrl;
    }
}
