package uz.fikr.survey.survey;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Survey settings.
 *
 * @param seedDemo publish the built-in demo surveys when the topic has none of that id ({@code FIKR_SEED_DEMO_SURVEYS})
 * @param publicUrl where readers reach this service; written under QR codes and on posters ({@code FIKR_PUBLIC_URL})
 * @param invitationSecret signs invitation tokens ({@code FIKR_INVITATION_SECRET}); a random one per start when empty
 */
@ConfigurationProperties("fikr.surveys")
public record SurveysProperties(boolean seedDemo, URI publicUrl, String invitationSecret) {

    /** The link a reader opens for a survey, without query: {@code <publicUrl>/s/<surveyId>}. */
    public String formUrl(String surveyId) {
        String base = publicUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/s/" + surveyId;
    }
}
