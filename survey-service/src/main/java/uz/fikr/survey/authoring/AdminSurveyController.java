package uz.fikr.survey.authoring;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uz.fikr.events.survey.SurveyDefinition;
import uz.fikr.events.survey.SurveyVersion;
import uz.fikr.survey.invitation.InvitationTokens;
import uz.fikr.survey.survey.SurveysProperties;
import uz.fikr.survey.web.FieldError;
import uz.fikr.survey.web.InvalidRequestException;

/** Survey management for library staff with the admin role. Every change is stored on Kafka before it answers. */
@RestController
@RequestMapping("/api/v1/admin")
class AdminSurveyController {

    private static final int MAX_INVITATIONS = 1000;

    private final SurveyAuthoring authoring;
    private final InvitationTokens invitations;
    private final SurveysProperties properties;

    AdminSurveyController(SurveyAuthoring authoring, InvitationTokens invitations, SurveysProperties properties) {
        this.authoring = authoring;
        this.invitations = invitations;
        this.properties = properties;
    }

    @GetMapping("/surveys")
    List<SurveyAuthoring.SurveySummary> list() {
        return authoring.list();
    }

    @PostMapping("/surveys")
    ResponseEntity<SurveyVersion> create(@RequestBody SurveyDefinition definition, Principal author) {
        return created(authoring.create(definition, author.getName()));
    }

    /** Creates a survey from a template in one call; {@code publish: true} publishes it straight away. */
    @PostMapping("/surveys/from-template")
    ResponseEntity<SurveyVersion> fromTemplate(@RequestBody FromTemplate request, Principal author) {
        request.check();
        return created(authoring.createFromTemplate(request.template(), request.id(),
                Boolean.TRUE.equals(request.publish()), author.getName()));
    }

    @GetMapping("/surveys/{surveyId}")
    List<SurveyVersion> versions(@PathVariable String surveyId) {
        return authoring.versions(surveyId);
    }

    @PutMapping("/surveys/{surveyId}/draft")
    SurveyVersion updateDraft(@PathVariable String surveyId, @RequestBody SurveyDefinition definition,
            Principal author) {
        return authoring.updateDraft(surveyId, definition, author.getName());
    }

    @PostMapping("/surveys/{surveyId}/publish")
    SurveyVersion publish(@PathVariable String surveyId, Principal author) {
        return authoring.publish(surveyId, author.getName());
    }

    @PostMapping("/surveys/{surveyId}/close")
    List<SurveyVersion> close(@PathVariable String surveyId, Principal author) {
        return authoring.close(surveyId, author.getName());
    }

    @GetMapping("/surveys/{surveyId}/export")
    ResponseEntity<SurveyExport> export(@PathVariable String surveyId) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + surveyId + ".fikr.json\"")
                .body(authoring.export(surveyId));
    }

    @PostMapping("/surveys/import")
    ResponseEntity<List<SurveyVersion>> importSurvey(@RequestBody SurveyExport export, Principal author) {
        List<SurveyVersion> imported = authoring.importSurvey(export, author.getName());
        return ResponseEntity.created(URI.create("/api/v1/admin/surveys/" + export.id())).body(imported);
    }

    /** Invitation links for a closed group: each link gives one response. */
    @PostMapping("/surveys/{surveyId}/invitations")
    Invitations invite(@PathVariable String surveyId, @RequestBody InvitationRequest request) {
        authoring.versions(surveyId);
        if (request.count() == null || request.count() < 1 || request.count() > MAX_INVITATIONS) {
            throw new InvalidRequestException(List.of(new FieldError("count", "must be from 1 to " + MAX_INVITATIONS)));
        }
        String form = properties.formUrl(surveyId);
        return new Invitations(surveyId, IntStream.range(0, request.count()).mapToObj(i -> invitations.issue(surveyId))
                .map(token -> new Invitations.Link(token, form + "?invite=" + token)).toList());
    }

    @GetMapping("/templates")
    List<SurveyDefinition> templates() {
        return authoring.templates();
    }

    private static ResponseEntity<SurveyVersion> created(SurveyVersion version) {
        return ResponseEntity.created(URI.create("/api/v1/admin/surveys/" + version.survey().id())).body(version);
    }

    record FromTemplate(@Nullable String template, @Nullable String id, @Nullable Boolean publish) {
        void check() {
            if (template == null || template.isBlank()) {
                throw new InvalidRequestException(List.of(new FieldError("template", "is required")));
            }
            if (id == null || !DefinitionRules.SURVEY_ID.matcher(id).matches()) {
                throw new InvalidRequestException(List.of(new FieldError("id",
                        "must be 2-64 lower-case letters, digits and '-', starting with a letter or digit")));
            }
        }
    }

    record InvitationRequest(@Nullable Integer count) {}

    record Invitations(String surveyId, List<Link> links) {
        record Link(String token, String url) {}
    }
}
