package uz.fikr.analytics.report.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uz.fikr.analytics.insights.CompareService;
import uz.fikr.analytics.insights.Comparison;
import uz.fikr.analytics.query.Grouping;
import uz.fikr.events.survey.Question;

/**
 * The key rating by branch and by reader group as {@code /compare} gives it, with its test in words. Suppressed
 * groups are absent from tables and charts; a note says how many were left out, never which.
 */
@Component
class ComparisonSection {

    private final CompareService compare;

    ComparisonSection(CompareService compare) {
        this.compare = compare;
    }

    Section write(SurveyScope scope) {
        ReportText text = scope.text();
        String title = scope.sectionTitle(SectionId.COMPARISONS);
        Optional<Question> rating = scope.keyRating();
        if (rating.isEmpty()) {
            return Section.ofText(SectionId.COMPARISONS, title, List.of(text.get("comparisons.none")));
        }
        List<String> paragraphs = new ArrayList<>(List.of(text.get("comparisons.intro",
                scope.question(rating.get().id()))));
        List<Chart> charts = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        List<Grouping> groupings = scope.request().branch() == null
                ? List.of(Grouping.BRANCH, Grouping.READER_GROUP) : List.of(Grouping.READER_GROUP);
        if (scope.request().branch() != null) {
            paragraphs.add(text.get("comparisons.oneBranch", scope.request().branch()));
        }
        for (Grouping grouping : groupings) {
            Comparison comparison = compare.compare(scope.survey(), rating.get().id(), grouping, scope.filter());
            ComparisonWords words = new ComparisonWords(text, grouping);
            String name = text.get("grouping." + grouping.parameter());
            List<Comparison.Group> shown = comparison.groups().stream().filter(group -> !group.suppressed()).toList();
            long leftOut = comparison.groups().size() - shown.size();
            paragraphs.add(words.finding(comparison));
            if (shown.isEmpty()) {
                continue;
            }
            String id = grouping == Grouping.BRANCH ? "branch" : "reader-group";
            tables.add(table(scope, id, name, shown, words, leftOut == 0 ? null
                    : text.get("comparisons.leftOut", text.count(leftOut), text.count(comparison.minimumGroupSize()))));
            charts.add(chart(scope, id, name, rating.get(), shown, words));
        }
        return new Section(SectionId.COMPARISONS, title, paragraphs, charts, tables);
    }

    private static Table table(SurveyScope scope, String id, String name, List<Comparison.Group> shown,
            ComparisonWords words, @Nullable String note) {
        ReportText text = scope.text();
        String none = text.get("cell.tooFew");
        TableBuilder table = new TableBuilder(scope.id("comparisons-" + id), text.get("comparisons.caption", name))
                .column(name, CellKind.TEXT).column(text.get("column.n"), CellKind.COUNT)
                .column(text.get("column.mean"), CellKind.DECIMAL).column(text.get("column.lower"), CellKind.DECIMAL)
                .column(text.get("column.upper"), CellKind.DECIMAL);
        for (Comparison.Group group : shown) {
            table.row(Cell.text(words.group(group.group())), TableBuilder.number(group.n() == null ? null
                    : group.n().doubleValue(), none), TableBuilder.number(group.mean(), none),
                    TableBuilder.number(group.meanInterval() == null ? null : group.meanInterval().lower(), none),
                    TableBuilder.number(group.meanInterval() == null ? null : group.meanInterval().upper(), none));
        }
        return table.note(note).build();
    }

    private static Chart chart(SurveyScope scope, String id, String name, Question rating,
            List<Comparison.Group> shown, ComparisonWords words) {
        ReportText text = scope.text();
        List<Chart.Point> points = shown.stream().map(group -> new Chart.Point(words.group(group.group()),
                group.mean(), group.meanInterval() == null ? null : group.meanInterval().lower(),
                group.meanInterval() == null ? null : group.meanInterval().upper(), false)).toList();
        String title = text.get("comparisons.caption", name);
        return new Chart(scope.id("comparisons-" + id + "-chart"), title,
                text.get("comparisons.chart.description", title), ChartKind.INTERVALS,
                text.get("axis.mean", text.count(rating.scaleMin()), text.count(rating.scaleMax())),
                rating.scaleMin(), rating.scaleMax(),
                new Chart.Legend(text.get("legend.value"), text.get("legend.interval"), null), points);
    }
}
