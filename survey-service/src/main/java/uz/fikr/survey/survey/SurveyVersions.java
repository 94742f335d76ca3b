package uz.fikr.survey.survey;

import java.util.List;
import uz.fikr.events.survey.SurveyVersion;

/** Read access to the versions of surveys: the {@link SurveyStore}, or a fixed list in unit tests. */
public interface SurveyVersions {

    /** All versions of a survey, oldest first; empty when there is no such survey. */
    List<SurveyVersion> versions(String surveyId);

    /** True once every version stored when this service started is known. */
    boolean caughtUp();

    /** A fixed set of versions, all known from the start. */
    static SurveyVersions of(List<SurveyVersion> versions) {
        return new SurveyVersions() {
            @Override
            public List<SurveyVersion> versions(String surveyId) {
                return versions.stream().filter(version -> version.survey().id().equals(surveyId))
                        .sorted(java.util.Comparator.comparingInt(version -> version.survey().version())).toList();
            }

            @Override
            public boolean caughtUp() {
                return true;
            }
        };
    }
}
