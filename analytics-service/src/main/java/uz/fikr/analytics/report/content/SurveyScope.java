package uz.fikr.analytics.report.content;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uz.fikr.analytics.insights.SurveyStats;
import uz.fikr.analytics.query.AnswerFilter;
import uz.fikr.analytics.report.ReportPeriod;
import uz.fikr.analytics.report.ReportRequest;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.QuestionType;
import uz.fikr.events.survey.SurveyDefinition;

/**
 * One survey's part of a report: what every section reads. Table and chart ids start with {@code idPrefix}, so
 * they stay unique when a report covers several surveys.
 *
 * @param stats the survey's statistics for the report's period, as {@code /stats} gives them
 * @param titled whether section titles name the survey (a report of several surveys)
 */
record SurveyScope(SurveyDefinition survey, ReportRequest request, ReportText text, PeriodWords words,
        String idPrefix, boolean titled, SurveyStats stats) {

    /** The filter of the API for a period of this report: its days and branch, nothing else. */
    AnswerFilter filter(ReportPeriod period) {
        return filter(request, period);
    }

    static AnswerFilter filter(ReportRequest request, ReportPeriod period) {
        return new AnswerFilter(period.from(), period.to(), null, request.branch(), null, null, null);
    }

    AnswerFilter filter() {
        return filter(request.period());
    }

    ReportPeriod period() {
        return request.period();
    }

    String id(String name) {
        return idPrefix + name;
    }

    String title() {
        return SurveyTexts.title(survey, text.language());
    }

    /** A section's heading, with the survey's title when the report covers several. */
    String sectionTitle(SectionId section) {
        String heading = text.get("section." + section.id());
        return titled ? text.get("section.ofSurvey", heading, title()) : heading;
    }

    String question(String questionId) {
        return SurveyTexts.question(survey, questionId, text.language());
    }

    /** The survey's overall satisfaction: its first 1-5 rating about the library overall, else its first rating. */
    Optional<Question> keyRating() {
        return survey.answerable().stream().filter(q -> q.type() == QuestionType.RATING)
                .filter(q -> "overall".equals(q.serviceArea())).findFirst()
                .or(() -> survey.answerable().stream().filter(q -> q.type() == QuestionType.RATING).findFirst());
    }

    Optional<Question> npsQuestion() {
        return survey.answerable().stream().filter(q -> q.type() == QuestionType.NPS).findFirst();
    }

    @Nullable Long responses() {
        return stats.responses();
    }
}
