package uz.fikr.dashboard.surveys;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import uz.fikr.dashboard.service.ServiceException;

/**
 * The rows of the survey list: survey-service's list, and for every survey that was ever published its response
 * counts from analytics-service. When the counts fail once, the other surveys are not asked either (a service that
 * is down would make the user wait for every survey); the list is shown without counts and the failure reported.
 */
@Component
class SurveyListLoader {

    /** The rows, and the failure that left some without counts, if any. */
    record Loaded(List<SurveyRow> rows, @Nullable ServiceException countsFailure) {
    }

    private final SurveyServiceClient surveys;
    private final ResponseCountReader counts;

    SurveyListLoader(SurveyServiceClient surveys, ResponseCountReader counts) {
        this.surveys = surveys;
        this.counts = counts;
    }

    /** @throws ServiceException when survey-service cannot list the surveys */
    Loaded load() {
        List<SurveyRow> rows = new ArrayList<>();
        ServiceException failure = null;
        for (SurveyListItem survey : surveys.surveys()) {
            if (survey.publishedVersion() == null && "draft".equalsIgnoreCase(survey.status())) {
                rows.add(new SurveyRow(survey, ResponseCounts.NONE));
            }
            else if (failure != null) {
                rows.add(new SurveyRow(survey, null));
            }
            else {
                try {
                    rows.add(new SurveyRow(survey, counts.read(surveys.versions(survey.id()))));
                }
                catch (ServiceException ex) {
                    failure = ex;
                    rows.add(new SurveyRow(survey, null));
                }
            }
        }
        return new Loaded(rows, failure);
    }
}
