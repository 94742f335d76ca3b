package uz.fikr.dashboard.overview;

import java.util.function.DoubleFunction;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.format.Formats;
import uz.fikr.dashboard.overview.SurveyStats.QuestionStats;
import uz.fikr.dashboard.trends.ChangeWording;
import uz.fikr.dashboard.trends.Interval;
import uz.fikr.dashboard.trends.Texts;
import uz.fikr.statistics.PeriodChange;

/**
 * The words every key figure uses: its interval and n, the change sentence, and the cards that stand in for a figure
 * that has no answers, too few to show, or no question to come from.
 */
final class KpiTexts {

    private final Texts texts;
    private final Formats formats;
    private final int minimumGroupSize;

    KpiTexts(Texts texts, int minimumGroupSize) {
        this.texts = texts;
        this.formats = texts.formats();
        this.minimumGroupSize = minimumGroupSize;
    }

    /** "Up 0,30 since the previous period (3,8, n = 100): no significant change (Welch's t-test, p = 0,21)." */
    String sentence(PeriodChange test, String magnitude, String previousValue, long previousN,
            String testKey) {
        return texts.text("overview.change.sentence", ChangeWording.direction(texts, test.difference(), magnitude),
                previousValue, formats.integer(previousN),
                ChangeWording.verdict(texts, test.significant(), texts.text(testKey), test.pValue()));
    }

    @Nullable Kpi withoutFigure(String id, String headingKey, @Nullable QuestionStats stats) {
        return withoutFigure(id, headingKey, stats == null ? 0 : stats.n(), stats != null && stats.suppressed());
    }

    /**
     * The card of a figure that has too few answers to show, or none; null when the figure can be shown. A withheld
     * figure may come without its n, so {@code suppressed} is asked first.
     */
    @Nullable Kpi withoutFigure(String id, String headingKey, long n, boolean suppressed) {
        if (suppressed) {
            return words(id, headingKey, suppressedText());
        }
        return n == 0 ? noAnswers(id, headingKey) : null;
    }

    @Nullable String previousMissing(@Nullable QuestionStats before) {
        return previousMissing(before == null ? 0 : before.n(), before != null && before.suppressed());
    }

    /** Why there is no change to show: the previous period is withheld or had no answers; null when it can be. */
    @Nullable String previousMissing(long n, boolean suppressed) {
        if (suppressed) {
            return texts.text("overview.change.previousSuppressed", Integer.toString(minimumGroupSize));
        }
        return n == 0 ? texts.text("overview.change.noPrevious") : null;
    }

    Kpi noAnswers(String id, String headingKey) {
        return words(id, headingKey, texts.text("overview.noAnswers"));
    }

    Kpi missing(String id, String headingKey, String noteKey) {
        return words(id, headingKey, texts.text("overview.noQuestion")).withNote(texts.text(noteKey));
    }

    private Kpi words(String id, String headingKey, String words) {
        return new Kpi(id, texts.text(headingKey), words, null, null, null, null, null);
    }

    private String suppressedText() {
        return texts.text("common.suppressed", Integer.toString(minimumGroupSize));
    }

    @Nullable String interval(@Nullable Interval interval, DoubleFunction<String> format) {
        return interval == null ? null
                : texts.text("overview.interval", format.apply(interval.lower()), format.apply(interval.upper()));
    }

    String n(long n) {
        return texts.text("common.n", formats.integer(n));
    }
}
