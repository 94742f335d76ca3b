package uz.fikr.analytics.summary;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/surveys/{surveyId}/summary}: per question, n and the mean or the counts per option. */
@RestController
class SummaryController {

    private final SummaryService summaries;

    SummaryController(SummaryService summaries) {
        this.summaries = summaries;
    }

    @GetMapping("/api/v1/surveys/{surveyId}/summary")
    SurveySummary summary(@PathVariable String surveyId) {
        return summaries.summary(surveyId);
    }
}
