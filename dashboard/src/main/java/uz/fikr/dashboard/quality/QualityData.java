package uz.fikr.dashboard.quality;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.questions.QuestionTexts;
import uz.fikr.dashboard.service.ServiceException;

/**
 * Everything the page shows for one filter.
 *
 * @param texts the survey's question texts; {@link QuestionTexts#NONE} when survey-service could not be asked
 * @param textsProblem why there are no question texts, to tell the user once
 * @param reliability absent when analytics-service gave none
 * @param drivers absent when the survey has no overall rating to explain, or analytics-service gave none
 */
record QualityData(Gaps gaps, QuestionTexts texts, @Nullable ServiceException textsProblem,
        @Nullable Reliability reliability, @Nullable Drivers drivers) {

    /** Whether the survey has three-column items at all. */
    boolean hasQualityItems() {
        return !gaps.items().isEmpty();
    }
}
