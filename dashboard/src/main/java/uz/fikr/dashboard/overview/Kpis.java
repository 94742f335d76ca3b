package uz.fikr.dashboard.overview;

import java.util.List;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.format.Formats;
import uz.fikr.dashboard.overview.SurveyStats.QuestionStats;
import uz.fikr.dashboard.trends.ChangeWording;
import uz.fikr.dashboard.trends.Interval;
import uz.fikr.dashboard.trends.Texts;
import uz.fikr.dashboard.trends.Trend;
import uz.fikr.events.survey.Question;
import uz.fikr.statistics.PeriodChange;

/**
 * The Overview's key figures: responses, mean satisfaction, the share of satisfied readers and the NPS, each with
 * its interval, n, the change since the previous period and a small trend. A figure withheld for a small group says
 * so instead of showing a number.
 */
final class Kpis {

    private static final int DECIMALS = 1;
    private static final int CHANGE_DECIMALS = 2;

    private final Overview overview;
    private final Texts texts;
    private final Formats formats;
    private final KpiTexts words;

    Kpis(Overview overview, Texts texts) {
        this.overview = overview;
        this.texts = texts;
        this.formats = texts.formats();
        this.words = new KpiTexts(texts, overview.current().stats().minimumGroupSize());
    }

    List<Kpi> all() {
        return List.of(responses(), satisfaction(), satisfied(), nps());
    }

    /** The responses analytics-service counts under the filter in both periods, each response once. */
    Kpi responses() {
        SurveyStats now = overview.current().stats();
        SurveyStats before = overview.previous().stats();
        Kpi absent = words.withoutFigure("responses", "overview.responses.heading", now.responseCount(),
                now.responsesSuppressed());
        if (absent != null) {
            return absent;
        }
        long count = now.responseCount();
        long earlier = before.responseCount();
        String change = words.previousMissing(earlier, before.responsesSuppressed());
        boolean bySatisfaction = overview.satisfactionTrend() != null;
        Trend trend = bySatisfaction ? overview.satisfactionTrend() : overview.recommendationTrend();
        Kpi.Sparkline sparkline = Sparklines.of(trend, overview.grain(), texts.text(bySatisfaction
                ? "overview.sparkline.answers.satisfaction" : "overview.sparkline.answers.recommendation"),
                period -> period.n() == null ? null : period.n().doubleValue(), n -> formats.integer((long) n), texts);
        return new Kpi("responses", texts.text("overview.responses.heading"), formats.integer(count), null, null,
                change != null ? change : texts.text("overview.change.counts",
                        ChangeWording.direction(texts, count - earlier, formats.integer(Math.abs(count - earlier))),
                        formats.integer(earlier)), null, sparkline);
    }

    Kpi satisfaction() {
        Question question = overview.satisfaction();
        QuestionStats now = overview.current().question(question).orElse(null);
        Kpi standIn = standIn("satisfaction", "overview.satisfaction.heading", now, now != null && now.mean() != null);
        if (standIn != null) {
            return standIn;
        }
        QuestionStats before = overview.previous().question(question).orElse(null);
        String change = words.previousMissing(before);
        if (change == null && before != null) {
            change = now.standardDeviation() == null || before.standardDeviation() == null || before.mean() == null
                    ? texts.text("overview.change.tooFew")
                    : PeriodChange.ofMeans(now.mean(), now.standardDeviation(), now.n(), before.mean(),
                            before.standardDeviation(), before.n())
                            .map(test -> words.sentence(test, formats.number(Math.abs(test.difference()),
                                    CHANGE_DECIMALS), decimal(before.mean()), before.n(), "trends.test.welch"))
                            .orElse(texts.text("overview.change.tooFew"));
        }
        return new Kpi("satisfaction", texts.text("overview.satisfaction.heading"), decimal(now.mean()),
                words.interval(now.meanInterval(), this::decimal), words.n(now.n()), change, null,
                Sparklines.of(overview.satisfactionTrend(), overview.grain(), texts.text("overview.sparkline.mean"),
                        Trend.PeriodFigures::mean, this::decimal, texts));
    }

    Kpi satisfied() {
        Question question = overview.satisfaction();
        QuestionStats now = overview.current().question(question).orElse(null);
        Kpi standIn = standIn("satisfied", "overview.satisfied.heading", now, now != null && now.topTwoBox() != null);
        if (standIn != null) {
            return standIn;
        }
        Trend.Share share = now.topTwoBox();
        QuestionStats before = overview.previous().question(question).orElse(null);
        String change = words.previousMissing(before);
        if (change == null && before != null && before.topTwoBox() != null) {
            Trend.Share earlier = before.topTwoBox();
            change = PeriodChange.ofShares(share.count(), share.n(), earlier.count(), earlier.n())
                    .map(test -> words.sentence(test, texts.text("overview.percentagePoints",
                            formats.number(Math.abs(test.difference()) * 100, DECIMALS)), percent(earlier.share()),
                            earlier.n(), "overview.test.proportions"))
                    .orElse(texts.text("overview.change.tooFew"));
        }
        return new Kpi("satisfied", texts.text("overview.satisfied.heading"), percent(share.share()),
                words.interval(share.interval(), this::percent), words.n(share.n()), change, null,
                Sparklines.of(overview.satisfactionTrend(), overview.grain(), texts.text("overview.sparkline.share"),
                        period -> period.topTwoBox() == null ? null : period.topTwoBox().share(), this::percent,
                        texts));
    }

    Kpi nps() {
        Question question = overview.recommendation();
        if (question == null) {
            return words.missing("nps", "overview.nps.heading", "overview.noRecommendation");
        }
        NpsFigures now = overview.current().nps();
        Kpi absent = words.withoutFigure("nps", "overview.nps.heading", now == null ? 0 : now.n(),
                now != null && now.suppressed());
        if (absent != null || now == null || now.nps() == null) {
            return absent != null ? absent : words.noAnswers("nps", "overview.nps.heading");
        }
        NpsFigures before = overview.previous().nps();
        String change = words.previousMissing(before == null ? 0 : before.n(), before != null && before.suppressed());
        if (change == null && before != null && before.nps() != null) {
            change = PeriodChange.ofNps(count(now.promoters()), count(now.detractors()), now.n(),
                    count(before.promoters()), count(before.detractors()), before.n())
                    .map(test -> words.sentence(test, texts.text("overview.points",
                            formats.number(Math.abs(test.difference()), 0)), formats.change(before.nps(), 0),
                            before.n(), "overview.test.nps"))
                    .orElse(texts.text("overview.change.tooFew"));
        }
        Interval interval = now.interval();
        return new Kpi("nps", texts.text("overview.nps.heading"), formats.change(now.nps(), 0),
                interval == null ? null : texts.text("overview.interval", formats.change(interval.lower(), 0),
                        formats.change(interval.upper(), 0)), words.n(now.n()), change, null,
                Sparklines.of(overview.recommendationTrend(), overview.grain(),
                        texts.text("overview.sparkline.recommendation"), Trend.PeriodFigures::mean, this::decimal,
                        texts));
    }

    /**
     * The card that stands in for a figure of the satisfaction question: the survey has no such question, nobody
     * answered it, or too few to show; null when {@code hasFigure} and the figure can be shown.
     */
    private @Nullable Kpi standIn(String id, String headingKey, @Nullable QuestionStats now, boolean hasFigure) {
        if (overview.satisfaction() == null) {
            return words.missing(id, headingKey, "overview.noSatisfaction");
        }
        Kpi absent = words.withoutFigure(id, headingKey, now);
        return absent != null || hasFigure ? absent : words.noAnswers(id, headingKey);
    }

    private String decimal(double value) {
        return formats.number(value, DECIMALS);
    }

    private String percent(double share) {
        return formats.percent(share, 0);
    }

    private static long count(@Nullable Long count) {
        return count == null ? 0 : count;
    }
}
