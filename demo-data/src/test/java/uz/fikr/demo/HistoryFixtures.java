package uz.fikr.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import uz.fikr.events.AnswerValue;
import uz.fikr.events.ResponseSubmitted;

/** The history as the tests see it: a fixed "today" in Tashkent, and small readers of events. */
final class HistoryFixtures {

    static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    /** 30 November 2026, 10:00 in Tashkent. */
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-30T05:00:00Z"), TASHKENT);
    static final HistoryWindow YEAR = HistoryWindow.monthsBefore(TODAY, 12);

    private HistoryFixtures() {}

    /** Received on or after {@code from} and before {@code to}, in Tashkent. */
    static Predicate<ResponseSubmitted> between(LocalDate from, LocalDate to) {
        return response -> {
            LocalDate day = LocalDate.ofInstant(response.receivedAt(), TASHKENT);
            return !day.isBefore(from) && day.isBefore(to);
        };
    }

    /** The first three months of the year of history. */
    static Predicate<ResponseSubmitted> firstQuarter() {
        return between(YEAR.first(), YEAR.first().plusMonths(3));
    }

    /** The last three months, up to yesterday. */
    static Predicate<ResponseSubmitted> lastQuarter() {
        return between(YEAR.today().minusMonths(3), YEAR.today());
    }

    static Predicate<ResponseSubmitted> at(String branch) {
        return response -> response.branch().equals(branch);
    }

    static Predicate<ResponseSubmitted> survey(String surveyId) {
        return response -> response.surveyId().equals(surveyId);
    }

    /** Demo-survey responses of readers who named the service they visited, other than the digital ones. */
    static Predicate<ResponseSubmitted> visitedOtherThanDigital() {
        return survey(DemoResponses.SURVEY_ID).and(response -> response.answers().get("visited_service")
                instanceof AnswerValue.Text(String service) && !service.equals("digital"));
    }

    static double number(ResponseSubmitted response, String questionId) {
        return ((AnswerValue.Number) response.answers().get(questionId)).value();
    }

    static <T> double mean(List<T> values, Predicate<? super T> which, ToDoubleFunction<? super T> value) {
        return values.stream().filter(which).mapToDouble(value).average().orElseThrow();
    }
}
