package uz.fikr.analytics.insights;

import java.util.List;

/** {@code GET /api/v1/surveys/{surveyId}/stats}: the figures of every question under one filter. */
public record SurveyStats(String surveyId, int minimumGroupSize, List<QuestionStats> questions) {}
