package uz.fikr.analytics.quality;

import java.util.List;

/** {@code GET /api/v1/surveys/{surveyId}/gaps}: per three-column item and per dimension. */
public record Gaps(String surveyId, int minimumGroupSize, List<GapFigures> items, List<GapFigures> dimensions) {}
