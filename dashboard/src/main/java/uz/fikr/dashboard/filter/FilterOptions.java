package uz.fikr.dashboard.filter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import uz.fikr.dashboard.service.ServiceException;
import uz.fikr.dashboard.surveys.SurveyListItem;
import uz.fikr.dashboard.surveys.SurveyServiceClient;

/**
 * What the filter bar offers: the surveys (read from survey-service, kept for a few seconds so that clicking
 * through pages does not ask every time) and the library's branches (from configuration).
 */
@Component
public class FilterOptions {

    private static final Duration SURVEYS_KEPT_FOR = Duration.ofSeconds(10);

    private final SurveyServiceClient surveys;
    private final BranchProperties branches;
    private final Clock clock;
    private volatile @Nullable List<SurveyListItem> surveyList;
    private volatile Instant surveysReadAt = Instant.MIN;

    FilterOptions(SurveyServiceClient surveys, BranchProperties branches, Clock clock) {
        this.surveys = surveys;
        this.branches = branches;
        this.clock = clock;
    }

    /**
     * The surveys that have been published at least once (drafts have no answers to show).
     *
     * @throws ServiceException when survey-service cannot be asked and nothing was read before
     */
    public List<SurveyListItem> surveys() {
        List<SurveyListItem> kept = surveyList;
        Instant now = clock.instant();
        if (kept == null || now.isAfter(surveysReadAt.plus(SURVEYS_KEPT_FOR))) {
            try {
                kept = surveys.surveys().stream().filter(SurveyListItem::everPublished).toList();
                surveyList = kept;
                surveysReadAt = now;
            }
            catch (ServiceException ex) {
                if (kept == null) {
                    throw ex;
                }
            }
        }
        return kept;
    }

    /** Forgets the survey list, e.g. after a survey was published. */
    public void refresh() {
        surveyList = null;
    }

    public List<String> branches() {
        return branches.branches();
    }
}
