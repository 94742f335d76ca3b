package uz.fikr.dashboard.overview;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.trends.Interval;

/**
 * One element of analytics-service's {@code GET /api/v1/surveys/{surveyId}/nps}: promoters (9-10), passives (7-8),
 * detractors (0-6) of a 0-10 question, the NPS (−100 to 100) and its 95% interval; only n when suppressed.
 */
record NpsFigures(String questionId, long n, boolean suppressed, @Nullable Long promoters, @Nullable Long passives,
        @Nullable Long detractors, @Nullable Double nps, @Nullable Interval interval) {
}
