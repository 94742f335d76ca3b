package uz.fikr.survey.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uz.fikr.events.survey.SurveyDefinition;
import uz.fikr.events.survey.SurveyStatus;
import uz.fikr.events.survey.SurveyVersion;

/**
 * The surveys readers can answer, as the {@link SurveyStore} knows them. A form always shows the latest published
 * version; a response may name any published version, so a reader who opened the form before a new version was
 * published can still send it. Closing a survey closes all its versions.
 */
@Component
public class SurveyCatalog {

    private final SurveyVersions store;
    private final Clock clock;

    public SurveyCatalog(SurveyVersions store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The latest published version of a survey: what its form shows. Empty for unknown, draft-only or closed. */
    public Optional<SurveyDefinition> find(String surveyId) {
        return store.versions(surveyId).stream().filter(version -> version.status() == SurveyStatus.PUBLISHED)
                .map(SurveyVersion::survey).max(Comparator.comparingInt(SurveyDefinition::version));
    }

    /** Whether the survey was answerable once and is now closed: by status, or by its closing date. */
    public boolean closed(String surveyId) {
        Optional<SurveyDefinition> open = find(surveyId);
        if (open.isPresent()) {
            return afterClosing(open.get());
        }
        return store.versions(surveyId).stream().anyMatch(version -> version.status() == SurveyStatus.CLOSED);
    }

    /** The version a response names, whatever its status. */
    public Optional<SurveyVersion> version(String surveyId, int version) {
        return store.versions(surveyId).stream().filter(known -> known.survey().version() == version).findFirst();
    }

    /** False until the stored surveys have been read at start-up: until then no survey can be judged unknown. */
    public boolean ready() {
        return store.caughtUp();
    }

    public boolean afterClosing(SurveyDefinition survey) {
        return survey.closesAt() != null && !now().isBefore(survey.closesAt());
    }

    public boolean beforeOpening(SurveyDefinition survey) {
        return survey.opensAt() != null && now().isBefore(survey.opensAt());
    }

    private Instant now() {
        return clock.instant();
    }
}
