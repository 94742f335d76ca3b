package uz.fikr.analytics.report.content;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uz.fikr.analytics.insights.Trend;
import uz.fikr.analytics.insights.TrendService;
import uz.fikr.analytics.query.AnswerFilter;
import uz.fikr.analytics.query.Period;
import uz.fikr.analytics.report.PeriodKind;
import uz.fikr.events.survey.Question;

/**
 * The key rating over time, as {@code /trend} gives it: by week over the twelve weeks up to the end of a monthly
 * report, by month over the twelve months up to the end of any other. Periods without figures (none, or too few
 * answers) are gaps in the chart and say so in the table.
 */
@Component
class TrendSection {

    private static final int PERIODS = 12;

    private final TrendService trends;

    TrendSection(TrendService trends) {
        this.trends = trends;
    }

    Section write(SurveyScope scope) {
        ReportText text = scope.text();
        String title = scope.sectionTitle(SectionId.TRENDS);
        Optional<Question> rating = scope.keyRating();
        if (rating.isEmpty()) {
            return Section.ofText(SectionId.TRENDS, title, List.of(text.get("trends.none")));
        }
        boolean weekly = scope.period().kind() == PeriodKind.MONTH;
        LocalDate to = scope.period().to();
        List<LocalDate> starts = starts(weekly, to);
        AnswerFilter filter = new AnswerFilter(starts.getFirst(), to, null, scope.request().branch(), null, null,
                null);
        Trend trend = trends.trend(scope.survey(), rating.get().id(), weekly ? Period.WEEK : Period.MONTH, filter);
        Map<String, Trend.PeriodFigures> byStart = trend.periods().stream()
                .collect(Collectors.toMap(Trend.PeriodFigures::start, Function.identity()));
        String none = text.get("cell.noAnswers");
        String tooFew = text.get("cell.tooFew");
        TableBuilder table = new TableBuilder(scope.id(weekly ? "trends-weekly" : "trends-monthly"),
                text.get(weekly ? "trends.weekly.caption" : "trends.monthly.caption",
                        scope.question(rating.get().id())))
                .column(text.get("column.period"), CellKind.TEXT).column(text.get("column.n"), CellKind.COUNT)
                .column(text.get("column.mean"), CellKind.DECIMAL).column(text.get("column.lower"), CellKind.DECIMAL)
                .column(text.get("column.upper"), CellKind.DECIMAL).column(text.get("column.share"), CellKind.PERCENT);
        List<Chart.Point> points = new ArrayList<>();
        for (LocalDate start : starts) {
            String label = weekly ? scope.words().week(start)
                    : text.get("period.month", text.get("month." + start.getMonthValue()),
                            Integer.toString(start.getYear()));
            Trend.PeriodFigures figures = byStart.get(start.toString());
            if (figures == null || figures.suppressed() || figures.mean() == null) {
                Cell missing = Cell.missing(figures == null ? none : tooFew);
                table.row(Cell.text(label), missing, missing, missing, missing, missing);
                points.add(new Chart.Point(label, null, null, null, false));
                continue;
            }
            Double lower = figures.meanInterval() == null ? null : figures.meanInterval().lower();
            Double upper = figures.meanInterval() == null ? null : figures.meanInterval().upper();
            table.row(Cell.text(label), TableBuilder.number(figures.n() == null ? null : figures.n().doubleValue(),
                    tooFew), Cell.number(figures.mean()), TableBuilder.number(lower, tooFew),
                    TableBuilder.number(upper, tooFew), TableBuilder.number(figures.topTwoBox() == null ? null
                            : figures.topTwoBox().share(), tooFew));
            points.add(new Chart.Point(label, figures.mean(), lower, upper, false));
        }
        String chartTitle = text.get(weekly ? "trends.weekly.caption" : "trends.monthly.caption",
                scope.question(rating.get().id()));
        Chart chart = new Chart(scope.id("trends-chart"), chartTitle, text.get("trends.chart.description", chartTitle),
                ChartKind.TREND, text.get("axis.mean", text.count(rating.get().scaleMin()),
                        text.count(rating.get().scaleMax())), rating.get().scaleMin(), rating.get().scaleMax(),
                new Chart.Legend(text.get("legend.value"), text.get("legend.interval"), null), points);
        List<String> paragraphs = new ArrayList<>(List.of(text.get(weekly ? "trends.weekly" : "trends.monthly",
                text.count(PERIODS))));
        paragraphs.add(text.get("trends.gaps", text.count(trend.minimumGroupSize())));
        return new Section(SectionId.TRENDS, title, paragraphs, List.of(chart), List.of(table.build()));
    }

    /** The first days of the twelve weeks or months that end with the report's last day. */
    static List<LocalDate> starts(boolean weekly, LocalDate to) {
        LocalDate last = weekly ? to.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : YearMonth.from(to).atDay(1);
        List<LocalDate> starts = new ArrayList<>();
        for (int i = PERIODS - 1; i >= 0; i--) {
            starts.add(weekly ? last.minusWeeks(i) : last.minusMonths(i));
        }
        return starts;
    }
}
