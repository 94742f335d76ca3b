package uz.fikr.dashboard.surveys;

import org.jspecify.annotations.Nullable;

/**
 * One survey as the survey list shows it.
 *
 * @param counts its response counts, or null when analytics-service could not be asked
 */
record SurveyRow(SurveyListItem survey, @Nullable ResponseCounts counts) {
}
