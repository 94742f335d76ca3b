package uz.fikr.analytics.report.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uz.fikr.analytics.quality.GapFigures;
import uz.fikr.analytics.quality.Reliability;
import uz.fikr.events.survey.Question;

/** The tables and zone-of-tolerance charts of the service-quality section. */
final class GapTables {

    private final SurveyScope scope;
    private final ReportText text;

    GapTables(SurveyScope scope) {
        this.scope = scope;
        this.text = scope.text();
    }

    Table dimensions(List<GapFigures> dimensions) {
        TableBuilder table = columns(new TableBuilder(scope.id("quality-dimensions"),
                text.get("quality.dimensions.caption")).column(text.get("column.dimension"), CellKind.TEXT));
        for (GapFigures dimension : dimensions) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(dimension(dimension.id()))));
            row.addAll(figures(dimension));
            table.row(row.toArray(Cell[]::new));
        }
        return table.note(text.get("quality.dimensions.note")).build();
    }

    Table items(List<GapFigures> items, @Nullable String note) {
        TableBuilder table = columns(new TableBuilder(scope.id("quality-items"), text.get("quality.items.caption"))
                .column(text.get("column.item"), CellKind.TEXT).column(text.get("column.dimension"), CellKind.TEXT))
                .column(text.get("column.belowMinimum"), CellKind.TEXT)
                .column(text.get("column.inconsistent"), CellKind.COUNT);
        for (GapFigures item : items) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(scope.question(item.id())),
                    Cell.text(item.dimension() == null ? "" : dimension(item.dimension()))));
            row.addAll(figures(item));
            row.add(Cell.text(text.get(Boolean.TRUE.equals(item.belowMinimum()) ? "cell.yes" : "cell.no")));
            row.add(Cell.number(item.inconsistent() == null ? 0 : item.inconsistent()));
            table.row(row.toArray(Cell[]::new));
        }
        return table.note(note).build();
    }

    Table reliability(Reliability reliability) {
        TableBuilder table = new TableBuilder(scope.id("quality-reliability"), text.get("quality.reliability.caption"))
                .column(text.get("column.dimension"), CellKind.TEXT).column(text.get("column.items"), CellKind.COUNT)
                .column(text.get("column.completeCases"), CellKind.COUNT)
                .column(text.get("column.alpha"), CellKind.DECIMAL);
        for (Reliability.Dimension dimension : reliability.dimensions()) {
            boolean shown = !dimension.suppressed() && dimension.alpha() != null;
            table.row(Cell.text(dimension(dimension.dimension())), Cell.number(dimension.items()),
                    dimension.suppressed() ? Cell.missing(text.get("cell.tooFew"))
                            : Cell.number(dimension.completeCases()),
                    shown ? Cell.number(dimension.alpha()) : Cell.missing(text.get("cell.tooFew")));
        }
        return table.note(text.get("quality.reliability.note")).build();
    }

    /** Per item of a dimension: the zone from minimum to desired, the perceived level, flagged below the minimum. */
    Chart zone(String dimension, List<GapFigures> items) {
        List<Chart.Point> points = new ArrayList<>();
        for (GapFigures item : items) {
            points.add(new Chart.Point(scope.question(item.id()), mean(item.perceived()), mean(item.minimum()),
                    mean(item.desired()), Boolean.TRUE.equals(item.belowMinimum())));
        }
        String name = dimension.isEmpty() ? text.get("quality.allItems") : dimension(dimension);
        String id = dimension.isEmpty() ? "items" : dimension.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return new Chart(scope.id("quality-zone-" + id), text.get("quality.zone.title", name),
                text.get("quality.zone.description", name), ChartKind.ZONE,
                text.get("axis.level", text.count(Question.QUALITY_MIN), text.count(Question.QUALITY_MAX)),
                Question.QUALITY_MIN, Question.QUALITY_MAX,
                new Chart.Legend(text.get("legend.perceived"), text.get("legend.zone"), text.get("legend.below")),
                points);
    }

    private String dimension(String code) {
        return text.label("dimension.", code);
    }

    /** n, minimum, desired, perceived, adequacy gap with its interval, superiority gap with its interval. */
    private TableBuilder columns(TableBuilder table) {
        return table.column(text.get("column.n"), CellKind.COUNT)
                .column(text.get("column.minimum"), CellKind.DECIMAL)
                .column(text.get("column.desired"), CellKind.DECIMAL)
                .column(text.get("column.perceived"), CellKind.DECIMAL)
                .column(text.get("column.adequacy"), CellKind.SIGNED_DECIMAL)
                .column(text.get("column.lower"), CellKind.SIGNED_DECIMAL)
                .column(text.get("column.upper"), CellKind.SIGNED_DECIMAL)
                .column(text.get("column.superiority"), CellKind.SIGNED_DECIMAL)
                .column(text.get("column.lower"), CellKind.SIGNED_DECIMAL)
                .column(text.get("column.upper"), CellKind.SIGNED_DECIMAL);
    }

    private List<Cell> figures(GapFigures figures) {
        String none = text.get("cell.tooFew");
        return List.of(Cell.number(figures.n()), TableBuilder.number(mean(figures.minimum()), none),
                TableBuilder.number(mean(figures.desired()), none),
                TableBuilder.number(mean(figures.perceived()), none),
                TableBuilder.number(mean(figures.adequacyGap()), none), bound(figures.adequacyGap(), true, none),
                bound(figures.adequacyGap(), false, none), TableBuilder.number(mean(figures.superiorityGap()), none),
                bound(figures.superiorityGap(), true, none), bound(figures.superiorityGap(), false, none));
    }

    private static @Nullable Double mean(GapFigures.@Nullable Mean mean) {
        return mean == null ? null : mean.mean();
    }

    private static Cell bound(GapFigures.@Nullable Mean mean, boolean lower, String none) {
        if (mean == null || mean.interval() == null) {
            return Cell.missing(none);
        }
        return Cell.number(lower ? mean.interval().lower() : mean.interval().upper());
    }
}
