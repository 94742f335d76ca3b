package uz.fikr.dashboard.surveys;

import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import uz.fikr.events.survey.SurveyDefinition;
import uz.fikr.events.survey.SurveyStatus;
import uz.fikr.events.survey.SurveyVersion;

/** What a survey's versions (oldest first, as survey-service lists them) say about the survey as a whole. */
final class Versions {

    private Versions() {
    }

    /** As survey-service's list says it: published while any version is, else closed if any was, else draft. */
    static SurveyStatus status(List<SurveyVersion> versions) {
        if (published(versions)) {
            return SurveyStatus.PUBLISHED;
        }
        return versions.stream().anyMatch(v -> v.status() == SurveyStatus.CLOSED) ? SurveyStatus.CLOSED
                : SurveyStatus.DRAFT;
    }

    /** Whether readers can answer it: some version is published. */
    static boolean published(List<SurveyVersion> versions) {
        return versions.stream().anyMatch(version -> version.status() == SurveyStatus.PUBLISHED);
    }

    /** The newest version readers have seen (published or closed), or null for a survey never published. */
    static @Nullable SurveyDefinition released(List<SurveyVersion> versions) {
        return versions.stream().filter(SurveyVersion::isReleased).map(SurveyVersion::survey)
                .max(Comparator.comparingInt(SurveyDefinition::version)).orElse(null);
    }
}
