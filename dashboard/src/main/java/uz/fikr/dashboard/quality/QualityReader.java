package uz.fikr.dashboard.quality;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import uz.fikr.dashboard.analytics.AnalyticsClient;
import uz.fikr.dashboard.filter.ViewFilter;
import uz.fikr.dashboard.questions.QuestionTexts;
import uz.fikr.dashboard.questions.SurveyQuestions;
import uz.fikr.dashboard.service.ServiceException;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.QuestionType;

/**
 * Reads the page's figures: the gaps from analytics-service (without them there is no page), then the question
 * texts from survey-service, the reliability and the key drivers of the overall rating, each of which the page can
 * do without.
 */
@Component
class QualityReader {

    static final String GAPS = "/api/v1/surveys/{surveyId}/gaps";
    static final String RELIABILITY = "/api/v1/surveys/{surveyId}/reliability";
    static final String DRIVERS = "/api/v1/surveys/{surveyId}/drivers";

    private static final Logger log = LoggerFactory.getLogger(QualityReader.class);

    private final AnalyticsClient analytics;
    private final SurveyQuestions questions;

    QualityReader(AnalyticsClient analytics, SurveyQuestions questions) {
        this.analytics = analytics;
        this.questions = questions;
    }

    /** @throws ServiceException when analytics-service gives no gaps */
    QualityData read(ViewFilter filter) {
        Gaps gaps = analytics.get(GAPS, filter, Map.of(), Gaps.class, filter.survey());
        if (gaps.items().isEmpty()) {
            return new QualityData(gaps, QuestionTexts.NONE, null, null, null);
        }
        QuestionTexts texts = QuestionTexts.NONE;
        ServiceException textsProblem = null;
        try {
            texts = questions.of(filter.survey(), filter.version());
        }
        catch (ServiceException ex) {
            textsProblem = ex;
        }
        Reliability reliability = optional("reliability", () -> analytics.get(RELIABILITY, filter, Map.of(),
                Reliability.class, filter.survey()));
        Drivers drivers = overallRating(texts).map(target -> optional("key drivers", () -> analytics.get(DRIVERS,
                filter, Map.of("target", target, "level", "dimension"), Drivers.class, filter.survey())))
                .orElse(null);
        return new QualityData(gaps, texts, textsProblem, reliability, drivers);
    }

    /** The survey's overall 1-5 rating (else its 0-10 recommendation): what key drivers explain. */
    static Optional<String> overallRating(QuestionTexts texts) {
        for (QuestionType type : new QuestionType[] {QuestionType.RATING, QuestionType.NPS}) {
            Optional<String> target = texts.questions().stream()
                    .filter(q -> q.type() == type && (q.serviceArea() == null || "overall".equals(q.serviceArea())))
                    .map(Question::id).findFirst();
            if (target.isPresent()) {
                return target;
            }
        }
        return Optional.empty();
    }

    private static <T> @Nullable T optional(String what, Supplier<T> read) {
        try {
            return read.get();
        }
        catch (ServiceException ex) {
            log.info("The service-quality page shows no {}: {}", what, ex.getMessage());
            return null;
        }
    }
}
