package uz.fikr.analytics.report.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import uz.fikr.analytics.insights.Figures;
import uz.fikr.analytics.insights.NpsFigures;
import uz.fikr.analytics.insights.QuestionStats;
import uz.fikr.analytics.stats.Interval;
import uz.fikr.events.survey.Question;
import uz.fikr.statistics.PeriodChange;

/** The KPI tables and charts: one row per period (this one, the previous one, the same one last year). */
final class KpiTables {

    private final SurveyScope scope;
    private final ReportText text;
    private final List<KpiFigures> figures;

    KpiTables(SurveyScope scope, List<KpiFigures> figures) {
        this.scope = scope;
        this.text = scope.text();
        this.figures = figures;
    }

    Table responses() {
        TableBuilder table = new TableBuilder(scope.id("kpis-responses"), text.get("kpis.responses.caption"))
                .column(text.get("column.period"), CellKind.TEXT)
                .column(text.get("column.responses"), CellKind.COUNT);
        for (KpiFigures period : figures) {
            Long responses = period.stats().responses();
            table.row(Cell.text(period.period().name()), responses == null
                    ? Cell.missing(text.get("cell.fewerThan", text.count(period.stats().minimumGroupSize())))
                    : Cell.number(responses));
        }
        return table.build();
    }

    Table mean(Question rating) {
        return withChanges(new TableBuilder(scope.id("kpis-mean"),
                text.get("kpis.mean.caption", scope.question(rating.id()))), CellKind.DECIMAL, CellKind.SIGNED_DECIMAL,
                period -> period.rating() == null ? null : new Figure(period.rating().n(), period.rating().mean(),
                        period.rating().meanInterval()), KpiFigures::meanChangeSince, 1);
    }

    Table share(Question rating) {
        return withChanges(new TableBuilder(scope.id("kpis-share"), text.get("kpis.share.caption",
                text.count(rating.scaleMax() - 1), text.count(rating.scaleMax()))), CellKind.PERCENT, CellKind.POINTS,
                period -> {
                    Figures.Share share = period.rating() == null ? null : period.rating().topTwoBox();
                    return share == null ? null : new Figure(share.n(), share.share(), share.interval());
                }, KpiFigures::shareChangeSince, 100);
    }

    Table nps() {
        return withChanges(new TableBuilder(scope.id("kpis-nps"), text.get("kpis.nps.caption")), CellKind.POINTS,
                CellKind.POINTS, period -> {
                    NpsFigures nps = period.nps();
                    return nps == null || nps.nps() == null ? null : new Figure(nps.n(), nps.nps(), nps.interval());
                }, KpiFigures::npsChangeSince, 1);
    }

    Chart meanChart(Question rating) {
        return chart("kpis-mean-chart", text.get("kpis.mean.chart", scope.question(rating.id())),
                text.get("axis.mean", text.count(rating.scaleMin()), text.count(rating.scaleMax())),
                rating.scaleMin(), rating.scaleMax(), KpiFigures::rating);
    }

    Chart npsChart() {
        List<Chart.Point> points = new ArrayList<>();
        for (KpiFigures period : figures) {
            NpsFigures nps = period.nps();
            Interval interval = nps == null ? null : nps.interval();
            points.add(new Chart.Point(period.period().name(), nps == null ? null : nps.nps(),
                    interval == null ? null : interval.lower(), interval == null ? null : interval.upper(), false));
        }
        return new Chart(scope.id("kpis-nps-chart"), text.get("kpis.nps.caption"), text.get("kpis.nps.chart"),
                ChartKind.INTERVALS, text.get("axis.nps"), -100, 100, legend("legend.nps"), points);
    }

    private Chart chart(String id, String title, String axis, double min, double max,
            Function<KpiFigures, @Nullable QuestionStats> stats) {
        List<Chart.Point> points = new ArrayList<>();
        for (KpiFigures period : figures) {
            QuestionStats question = stats.apply(period);
            Interval interval = question == null ? null : question.meanInterval();
            points.add(new Chart.Point(period.period().name(), question == null ? null : question.mean(),
                    interval == null ? null : interval.lower(), interval == null ? null : interval.upper(), false));
        }
        return new Chart(scope.id(id), title, text.get("kpis.chart.description", title), ChartKind.INTERVALS, axis,
                min, max, legend("legend.value"), points);
    }

    private Chart.Legend legend(String valueKey) {
        return new Chart.Legend(text.get(valueKey), text.get("legend.interval"), null);
    }

    /** A figure of one period: its n, the value and its 95% interval. */
    private record Figure(long n, @Nullable Double value, @Nullable Interval interval) {}

    private Table withChanges(TableBuilder table, CellKind kind, CellKind changeKind,
            Function<KpiFigures, @Nullable Figure> figure,
            BiFunction<KpiFigures, KpiFigures, Optional<PeriodChange>> change, double scale) {
        table.column(text.get("column.period"), CellKind.TEXT).column(text.get("column.n"), CellKind.COUNT)
                .column(text.get("column.value"), kind).column(text.get("column.lower"), kind)
                .column(text.get("column.upper"), kind)
                .column(text.get(scale == 100 ? "column.changePoints" : "column.change"), changeKind)
                .column(text.get("column.p"), CellKind.P_VALUE).column(text.get("column.significant"), CellKind.TEXT);
        String tooFew = text.get("cell.tooFew");
        KpiFigures now = figures.getFirst();
        for (KpiFigures period : figures) {
            Figure value = figure.apply(period);
            List<Cell> row = new ArrayList<>(List.of(Cell.text(period.period().name())));
            if (value == null) {
                row.addAll(List.of(Cell.missing(tooFew), Cell.missing(tooFew), Cell.missing(tooFew),
                        Cell.missing(tooFew)));
            } else {
                row.addAll(List.of(Cell.number(value.n()), TableBuilder.number(value.value(), tooFew),
                        TableBuilder.number(value.interval() == null ? null : value.interval().lower(), tooFew),
                        TableBuilder.number(value.interval() == null ? null : value.interval().upper(), tooFew)));
            }
            row.addAll(period.period().current() ? ChangeCells.current(text)
                    : ChangeCells.of(change.apply(now, period), scale, text));
            table.row(row.toArray(Cell[]::new));
        }
        return table.build();
    }
}
