package uz.fikr.survey.response;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import uz.fikr.events.EventJson;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.events.survey.BuiltInSurveys;
import uz.fikr.events.survey.SurveyStatus;
import uz.fikr.events.survey.SurveyVersion;
import uz.fikr.survey.invitation.InvitationTokens;
import uz.fikr.survey.survey.SurveyCatalog;
import uz.fikr.survey.survey.SurveyVersions;
import uz.fikr.survey.survey.SurveysProperties;

/**
 * survey-service's own {@link ResponseValidator}, as it runs behind {@code POST /api/v1/responses} with the
 * built-in surveys published, opened to demo-data's tests (test code in survey-service's package).
 */
public final class SurveyServiceResponses {

    private static final SurveyVersions BUILT_IN = SurveyVersions.of(BuiltInSurveys.all().stream()
            .map(survey -> SurveyVersion.of(survey, SurveyStatus.PUBLISHED, Instant.EPOCH, "demo")).toList());
    private static final InvitationTokens INVITATIONS =
            new InvitationTokens(new SurveysProperties(false, URI.create("http://localhost"), "test"));

    private SurveyServiceResponses() {}

    /**
     * The event survey-service publishes when {@code enteredBy} (a librarian, or null for the reader) sends the
     * request that a client would send for {@code event}, at its {@code receivedAt}.
     *
     * @throws uz.fikr.survey.web.InvalidRequestException naming every field survey-service refuses
     */
    public static ResponseSubmitted resubmit(ResponseSubmitted event) {
        Clock clock = Clock.fixed(event.receivedAt(), ZoneOffset.UTC);
        ResponseValidator validator = new ResponseValidator(new SurveyCatalog(BUILT_IN, clock), INVITATIONS, clock);
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        event.answers().forEach((id, answer) -> answers.put(id, EventJson.mapper().valueToTree(answer)));
        SubmitResponseRequest request = new SubmitResponseRequest(event.responseId(), event.surveyId(),
                event.surveyVersion(), event.channel().code(), event.branch(),
                new SubmitResponseRequest.Profile(event.respondent().readerGroup(), event.respondent().ageBand(),
                        null, null),
                answers, null);
        return validator.validate(request, event.enteredBy());
    }
}
