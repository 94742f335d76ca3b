package uz.fikr.dashboard.surveys;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

import uz.fikr.dashboard.service.ServiceClient;
import uz.fikr.dashboard.service.ServiceException;
import uz.fikr.events.survey.SurveyDefinition;
import uz.fikr.events.survey.SurveyVersion;

/**
 * Talks to survey-service's management API ({@code /api/v1/admin}) with its admin login. The dashboard checks its
 * own user's role before it calls (see {@link SurveyChanges}); survey-service records the dashboard user's name
 * where a change names one. Every method throws {@link ServiceException} when survey-service is unreachable or
 * refuses; a refused definition carries its problems in {@link ServiceException#fieldProblems()}.
 */
@Component
public class SurveyServiceClient {

    private static final String SURVEY = "/api/v1/admin/surveys/{surveyId}";

    private final ServiceClient client;
    private final URI publicUrl;

    SurveyServiceClient(RestClient.Builder builder, SurveyServiceProperties properties) {
        this.client = new ServiceClient("survey-service", builder, properties.url(), properties.timeout(),
                properties.user(), properties.password());
        this.publicUrl = properties.publicUrl();
    }

    /** Every survey with its status and versions, as the survey list shows them. */
    public List<SurveyListItem> surveys() {
        return client.get("/api/v1/admin/surveys", Map.of(), new ParameterizedTypeReference<List<SurveyListItem>>() {
        });
    }

    /** Every version of a survey, oldest first, drafts included. */
    public List<SurveyVersion> versions(String surveyId) {
        return client.get(SURVEY, Map.of(), new ParameterizedTypeReference<List<SurveyVersion>>() {
        }, surveyId);
    }

    /** The templates a survey can be created from; a template's id is its name. */
    public List<SurveyDefinition> templates() {
        return client.get("/api/v1/admin/templates", Map.of(),
                new ParameterizedTypeReference<List<SurveyDefinition>>() {
                });
    }

    /** A new survey copied from a template: version 1, as a draft or published at once. */
    SurveyVersion createFromTemplate(String templateId, String surveyId, boolean publish) {
        return client.post("/api/v1/admin/surveys/from-template",
                Map.of("template", templateId, "id", surveyId, "publish", publish), SurveyVersion.class);
    }

    /** Replaces the draft, or starts the next version as a draft when the latest one is published or closed. */
    SurveyVersion saveDraft(String surveyId, SurveyDefinition definition) {
        return client.put(SURVEY + "/draft", definition, SurveyVersion.class, surveyId);
    }

    /** Publishes the latest draft. */
    SurveyVersion publish(String surveyId) {
        return client.post(SURVEY + "/publish", null, SurveyVersion.class, surveyId);
    }

    /** Closes every published version; returns the versions closed. */
    List<SurveyVersion> close(String surveyId) {
        return List.of(client.post(SURVEY + "/close", null, SurveyVersion[].class, surveyId));
    }

    /** The client for the other management calls (the inbox workflow, invitations). */
    public ServiceClient client() {
        return client;
    }

    /** The address readers open survey-service at, for links, QR codes and posters. */
    public URI publicUrl() {
        return publicUrl;
    }

    /**
     * The reader's form of the published survey, for a branch (or none, then the form asks) and a reader language
     * ({@code uz}, {@code uz-Cyrl}, {@code ru}, {@code en}).
     */
    public String formUrl(String surveyId, @Nullable String branch, String language) {
        return publicLink("/s/{surveyId}", surveyId, branch, language);
    }

    /** The printable A4 poster, for a branch (or none) and a reader language. */
    public String posterUrl(String surveyId, @Nullable String branch, String language) {
        return publicLink("/s/{surveyId}/poster", surveyId, branch, language);
    }

    /** The QR code as SVG, leading to the form for a branch (or none). */
    public String qrSvgUrl(String surveyId, @Nullable String branch) {
        return publicLink("/s/{surveyId}/qr.svg", surveyId, branch, null);
    }

    private String publicLink(String path, String surveyId, @Nullable String branch, @Nullable String language) {
        var link = UriComponentsBuilder.fromUri(publicUrl).path(path);
        if (branch != null && !branch.isEmpty()) {
            link.queryParam("branch", branch);
        }
        if (language != null) {
            link.queryParam("lang", language);
        }
        return link.encode().buildAndExpand(surveyId).toUriString();
    }
}
