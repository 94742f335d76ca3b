package uz.fikr.analytics.report.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uz.fikr.analytics.insights.NpsFigures;
import uz.fikr.analytics.insights.NpsService;
import uz.fikr.analytics.insights.QuestionStats;
import uz.fikr.analytics.insights.StatsService;
import uz.fikr.analytics.insights.SurveyStats;
import uz.fikr.events.survey.Question;
import uz.fikr.statistics.PeriodChange;

/**
 * Key figures of the period against the previous period and the same period last year: responses, the mean and
 * top-2-box share of the key rating, and NPS, with intervals and tests of each change, from {@code /stats} and
 * {@code /nps} for each period.
 */
@Component
class KpiSection {

    private final StatsService stats;
    private final NpsService nps;

    KpiSection(StatsService stats, NpsService nps) {
        this.stats = stats;
        this.nps = nps;
    }

    Section write(SurveyScope scope, Findings findings) {
        ReportText text = scope.text();
        List<KpiFigures> figures = new ArrayList<>();
        for (ReportPeriods.Named period : ReportPeriods.of(scope).all()) {
            SurveyStats periodStats = period.current() ? scope.stats()
                    : stats.stats(scope.survey(), scope.filter(period.period()));
            figures.add(new KpiFigures(period, periodStats, shown(question(periodStats, scope.keyRating())),
                    npsOf(scope, period)));
        }
        KpiTables tables = new KpiTables(scope, figures);
        List<Table> tableList = new ArrayList<>(List.of(tables.responses()));
        List<Chart> charts = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>(List.of(text.get("kpis.intro")));
        Optional<Question> rating = scope.keyRating();
        if (rating.isPresent()) {
            paragraphs.add(text.get("kpis.rating", scope.question(rating.get().id())));
            tableList.add(tables.mean(rating.get()));
            tableList.add(tables.share(rating.get()));
            charts.add(tables.meanChart(rating.get()));
            noteChanges(scope, figures, findings, text.get("kpi.mean"), KpiFigures::meanChangeSince,
                    f -> f.mean(), CellKind.DECIMAL);
            noteChanges(scope, figures, findings, text.get("kpi.share"), KpiFigures::shareChangeSince,
                    f -> f.rating() == null || f.rating().topTwoBox() == null ? null : f.rating().topTwoBox().share(),
                    CellKind.PERCENT);
        } else {
            paragraphs.add(text.get("kpis.noRating"));
        }
        if (scope.npsQuestion().isPresent()) {
            tableList.add(tables.nps());
            charts.add(tables.npsChart());
            noteChanges(scope, figures, findings, text.get("kpi.nps"), KpiFigures::npsChangeSince,
                    f -> f.nps() == null ? null : f.nps().nps(), CellKind.POINTS);
        }
        noteQuestionChanges(scope, figures.getFirst(), figures.get(1), findings);
        if (!findings.has(Findings.Rank.KPI_CHANGE) && !findings.has(Findings.Rank.QUESTION_CHANGE)
                && figures.getFirst().rating() != null) {
            findings.add(Findings.Rank.NO_CHANGE, text.get("summary.noChange", figures.get(1).period().name()));
        }
        paragraphs.add(text.get("kpis.howToRead"));
        return new Section(SectionId.KPIS, scope.sectionTitle(SectionId.KPIS), paragraphs, charts, tableList);
    }

    private void noteChanges(SurveyScope scope, List<KpiFigures> figures, Findings findings, String name,
            BiFunction<KpiFigures, KpiFigures, Optional<PeriodChange>> change,
            Function<KpiFigures, @Nullable Double> value, CellKind kind) {
        KpiFigures now = figures.getFirst();
        for (KpiFigures earlier : figures.subList(1, figures.size())) {
            Optional<PeriodChange> tested = change.apply(now, earlier);
            Double then = value.apply(earlier);
            Double current = value.apply(now);
            if (tested.isPresent() && tested.get().significant() && then != null && current != null) {
                ReportText text = scope.text();
                findings.add(Findings.Rank.KPI_CHANGE, text.get(tested.get().difference() > 0 ? "summary.rose"
                        : "summary.fell", name, text.number(then, kind), earlier.period().name(),
                        text.number(current, kind)));
            }
        }
    }

    /** The other ratings whose mean changed significantly since the previous period, the clearest three. */
    private static void noteQuestionChanges(SurveyScope scope, KpiFigures now, KpiFigures previous,
            Findings findings) {
        record Changed(String questionId, QuestionStats then, QuestionStats current, PeriodChange change) {}
        List<Changed> changed = new ArrayList<>();
        String key = scope.keyRating().map(Question::id).orElse("");
        for (QuestionStats current : now.stats().questions()) {
            QuestionStats then = question(previous.stats(), current.questionId());
            if (!"rating".equals(current.type()) || current.questionId().equals(key) || then == null
                    || shown(current) == null || shown(then) == null || current.standardDeviation() == null
                    || then.standardDeviation() == null) {
                continue;
            }
            PeriodChange.ofMeans(current.mean(), current.standardDeviation(), current.n(), then.mean(),
                    then.standardDeviation(), then.n()).filter(PeriodChange::significant)
                    .ifPresent(change -> changed.add(new Changed(current.questionId(), then, current, change)));
        }
        ReportText text = scope.text();
        changed.stream().sorted(java.util.Comparator.comparingDouble(c -> c.change().pValue())).limit(3)
                .forEach(c -> findings.add(Findings.Rank.QUESTION_CHANGE, text.get(c.change().difference() > 0
                        ? "summary.questionRose" : "summary.questionFell", scope.question(c.questionId()),
                        text.number(c.then().mean(), CellKind.DECIMAL), previous.period().name(),
                        text.number(c.current().mean(), CellKind.DECIMAL))));
    }

    private @Nullable NpsFigures npsOf(SurveyScope scope, ReportPeriods.Named period) {
        Optional<Question> question = scope.npsQuestion();
        if (question.isEmpty()) {
            return null;
        }
        return nps.nps(scope.survey(), scope.filter(period.period())).stream()
                .filter(figures -> figures.questionId().equals(question.get().id()) && !figures.suppressed()
                        && figures.nps() != null)
                .findFirst().orElse(null);
    }

    private static @Nullable QuestionStats question(SurveyStats stats, Optional<Question> question) {
        return question.map(q -> question(stats, q.id())).orElse(null);
    }

    private static @Nullable QuestionStats question(SurveyStats stats, String questionId) {
        return stats.questions().stream().filter(s -> s.questionId().equals(questionId)).findFirst().orElse(null);
    }

    private static @Nullable QuestionStats shown(@Nullable QuestionStats stats) {
        return stats == null || stats.suppressed() || stats.mean() == null ? null : stats;
    }
}
