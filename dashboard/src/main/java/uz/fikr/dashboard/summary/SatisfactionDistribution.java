package uz.fikr.dashboard.summary;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.analytics.QuestionSummary;
import uz.fikr.dashboard.analytics.SurveySummary;

/**
 * Answers to the overall-satisfaction question, one count per rating from 1 to 5 (0 where nobody
 * gave that rating).
 *
 * @param counts answers per rating, in rating order: {@code counts.get(0)} is the number of 1s
 * @param n how many responses answered the question
 * @param mean mean rating, {@code null} when nobody answered
 */
record SatisfactionDistribution(List<Long> counts, long n, @Nullable Double mean) {

    static final String QUESTION_ID = "satisfaction";
    static final int LOWEST_RATING = 1;
    static final int HIGHEST_RATING = 5;

    SatisfactionDistribution {
        counts = List.copyOf(counts);
    }

    static SatisfactionDistribution of(SurveySummary summary) {
        return summary.question(QUESTION_ID)
                .map(SatisfactionDistribution::of)
                .orElseGet(() -> new SatisfactionDistribution(Collections.nCopies(ratings().size(), 0L), 0, null));
    }

    private static SatisfactionDistribution of(QuestionSummary question) {
        List<Long> counts = ratings().stream().map(rating -> question.count(String.valueOf(rating))).toList();
        return new SatisfactionDistribution(counts, question.n(), question.mean());
    }

    static List<Integer> ratings() {
        return IntStream.rangeClosed(LOWEST_RATING, HIGHEST_RATING).boxed().toList();
    }

    long count(int rating) {
        return counts.get(rating - LOWEST_RATING);
    }
}
