package uz.fikr.survey.authoring;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import uz.fikr.events.survey.SurveyDefinition;
import uz.fikr.events.survey.SurveyStatus;
import uz.fikr.events.survey.SurveyVersion;
import uz.fikr.survey.survey.SurveyStore;
import uz.fikr.survey.web.FieldError;
import uz.fikr.survey.web.InvalidRequestException;

/**
 * The life of a survey: drafted, edited, published, closed. A published version never changes: editing a published
 * survey starts a new draft version. Publishing a newer version leaves the older ones answerable, so readers who
 * opened the old form can still send it; closing closes them all. Changes are serialised within this instance.
 */
@Service
class SurveyAuthoring {

    private final SurveyStore store;
    private final SurveyTemplates templates;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();

    SurveyAuthoring(SurveyStore store, SurveyTemplates templates, Clock clock) {
        this.store = store;
        this.templates = templates;
        this.clock = clock;
    }

    /** A new survey as draft version 1. */
    SurveyVersion create(SurveyDefinition definition, String author) {
        return locked(() -> {
            if (definition.id() != null && !store.versions(definition.id()).isEmpty()) {
                throw new ResponseStatusException(HttpStatus.CONFLICT, "A survey with id '" + definition.id()
                        + "' exists already; edit it, or choose another id");
            }
            return save(definition.withVersion(1), SurveyStatus.DRAFT, author);
        });
    }

    /** A new survey from a template under the given id, as a draft or published straight away. */
    SurveyVersion createFromTemplate(String templateId, String surveyId, boolean publish, String author) {
        SurveyDefinition template = templates.find(templateId).orElseThrow(() -> new InvalidRequestException(
                List.of(new FieldError("template", "no template has this id"))));
        SurveyDefinition copy = new SurveyDefinition(surveyId, 1, template.title(), template.description(), null, null,
                template.profile(), false, template.questions());
        SurveyVersion draft = create(copy, author);
        return publish ? publish(surveyId, author) : draft;
    }

    /**
     * Replaces the draft, or starts a new draft version when the latest version is published or closed.
     */
    SurveyVersion updateDraft(String surveyId, SurveyDefinition definition, String author) {
        if (definition.id() != null && !definition.id().equals(surveyId)) {
            throw new InvalidRequestException(List.of(new FieldError("id", "must be '" + surveyId
                    + "', the survey being edited")));
        }
        return locked(() -> {
            SurveyVersion latest = latest(surveyId);
            int version = latest.status() == SurveyStatus.DRAFT ? latest.survey().version()
                    : latest.survey().version() + 1;
            SurveyDefinition edited = new SurveyDefinition(surveyId, version, definition.title(),
                    definition.description(), definition.opensAt(), definition.closesAt(), definition.profile(),
                    definition.invitationOnly(), definition.questions());
            return save(edited, SurveyStatus.DRAFT, author);
        });
    }

    /** Publishes the latest draft: from now on it never changes, and its form is the one readers see. */
    SurveyVersion publish(String surveyId, String author) {
        return locked(() -> {
            SurveyVersion latest = latest(surveyId);
            if (latest.status() != SurveyStatus.DRAFT) {
                throw new ResponseStatusException(HttpStatus.CONFLICT, "Version " + latest.survey().version()
                        + " is " + latest.status().name().toLowerCase() + "; there is no draft to publish");
            }
            return save(latest.survey(), SurveyStatus.PUBLISHED, author);
        });
    }

    /** Closes every published version: the survey takes no more answers. */
    List<SurveyVersion> close(String surveyId, String author) {
        return locked(() -> {
            List<SurveyVersion> published = store.versions(surveyId).stream()
                    .filter(version -> version.status() == SurveyStatus.PUBLISHED).toList();
            if (published.isEmpty()) {
                latest(surveyId);
                throw new ResponseStatusException(HttpStatus.CONFLICT, "No version of this survey is published");
            }
            return published.stream().map(version -> save(version.survey(), SurveyStatus.CLOSED, author)).toList();
        });
    }

    /** Recreates an exported survey with its versions and statuses, when its id is free here. */
    List<SurveyVersion> importSurvey(SurveyExport export, String author) {
        return locked(() -> {
            List<FieldError> errors = export.problems();
            for (int i = 0; i < export.versions().size(); i++) {
                String path = "versions[" + i + "].survey.";
                DefinitionRules.check(export.versions().get(i).survey()).forEach(error ->
                        errors.add(new FieldError(path + error.field(), error.message())));
            }
            if (!errors.isEmpty()) {
                throw new InvalidRequestException(errors);
            }
            if (!store.versions(export.id()).isEmpty()) {
                throw new ResponseStatusException(HttpStatus.CONFLICT, "A survey with id '" + export.id()
                        + "' exists already");
            }
            return export.versions().stream()
                    .map(version -> save(version.survey(), version.status(), author)).toList();
        });
    }

    SurveyExport export(String surveyId) {
        latest(surveyId);
        return new SurveyExport(SurveyExport.FORMAT, surveyId, clock.instant(), store.versions(surveyId));
    }

    List<SurveyVersion> versions(String surveyId) {
        latest(surveyId);
        return store.versions(surveyId);
    }

    List<SurveySummary> list() {
        return store.surveyIds().stream().sorted().map(id -> SurveySummary.of(store.versions(id))).toList();
    }

    List<SurveyDefinition> templates() {
        return templates.all();
    }

    private SurveyVersion latest(String surveyId) {
        return store.latest(surveyId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No survey with id '" + surveyId + "'"));
    }

    private SurveyVersion save(SurveyDefinition definition, SurveyStatus status, String author) {
        List<FieldError> problems = DefinitionRules.check(definition);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        SurveyVersion version = SurveyVersion.of(definition, status, clock.instant(), author);
        store.save(version);
        return version;
    }

    private <T> T locked(java.util.function.Supplier<T> change) {
        lock.lock();
        try {
            return change.get();
        } finally {
            lock.unlock();
        }
    }

    /** One line of the survey list. */
    record SurveySummary(String id, Map<String, String> title, SurveyStatus status, int latestVersion,
            Integer publishedVersion, int versions) {

        static SurveySummary of(List<SurveyVersion> versions) {
            SurveyVersion latest = versions.getLast();
            Integer published = versions.stream().filter(v -> v.status() == SurveyStatus.PUBLISHED)
                    .map(v -> v.survey().version()).max(Integer::compare).orElse(null);
            SurveyStatus status = published != null ? SurveyStatus.PUBLISHED
                    : versions.stream().anyMatch(v -> v.status() == SurveyStatus.CLOSED) ? SurveyStatus.CLOSED
                    : SurveyStatus.DRAFT;
            return new SurveySummary(latest.survey().id(), latest.survey().title(), status,
                    latest.survey().version(), published, versions.size());
        }
    }
}
