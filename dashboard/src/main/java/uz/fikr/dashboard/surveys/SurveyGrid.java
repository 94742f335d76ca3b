package uz.fikr.dashboard.surveys;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import uz.fikr.dashboard.table.ExportLinks;
import uz.fikr.dashboard.table.TableData;

/**
 * The surveys as a grid, each title a link to the survey's page, followed by CSV and XLSX links that export
 * exactly the rows and texts shown.
 */
class SurveyGrid extends Div {

    private static final String[] HEADINGS = {"title", "id", "status", "latest", "published", "responses",
        "byChannel", "byBranch"};

    private final Grid<SurveyRow> grid = new Grid<>();
    private final ExportLinks exports = new ExportLinks();
    private List<SurveyRow> rows = List.of();

    SurveyGrid() {
        addClassName("survey-grid");
        grid.addComponentColumn(row -> new RouterLink(row.survey().title(getLocale()), SurveyView.class,
                new RouteParameters(SurveyView.SURVEY_ID, row.survey().id()))).setFlexGrow(3);
        grid.addColumn(row -> row.survey().id()).setFlexGrow(2);
        grid.addColumn(row -> status(row.survey().status())).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.survey().latestVersion()).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> published(row.survey())).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> cell(row, texts -> texts.total(row.counts()))).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> cell(row, texts -> texts.inLine(row.counts().byChannel(), true,
                row.counts().minimumGroupSize()))).setFlexGrow(3);
        grid.addColumn(row -> cell(row, texts -> texts.inLine(row.counts().byBranch(), false,
                row.counts().minimumGroupSize()))).setFlexGrow(3);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        // titles and per-channel counts are read in full, not cut off
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(grid, exports);
    }

    /** Shows these rows with headings and cells in the current language. */
    void show(List<SurveyRow> shown) {
        this.rows = List.copyOf(shown);
        List<Grid.Column<SurveyRow>> columns = grid.getColumns();
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).setHeader(getTranslation("surveys.list." + HEADINGS[i]));
        }
        grid.getElement().setAttribute("aria-label", getTranslation("surveys.list.caption"));
        grid.setItems(rows);
        exports.show(tableData());
    }

    /** The rows shown, as the export writes them. */
    TableData tableData() {
        String[] headings = new String[HEADINGS.length];
        for (int i = 0; i < HEADINGS.length; i++) {
            headings[i] = getTranslation("surveys.list." + HEADINGS[i]);
        }
        var table = TableData.builder("surveys", getTranslation("surveys.list.caption"), headings);
        for (SurveyRow row : rows) {
            table.row(row.survey().title(getLocale()), row.survey().id(), status(row.survey().status()),
                    row.survey().latestVersion(), published(row.survey()),
                    cell(row, texts -> texts.total(row.counts())),
                    cell(row, texts -> texts.inLine(row.counts().byChannel(), true, row.counts().minimumGroupSize())),
                    cell(row, texts -> texts.inLine(row.counts().byBranch(), false, row.counts().minimumGroupSize())));
        }
        return table.build();
    }

    private String status(String status) {
        return getTranslation("surveys.status." + status.toLowerCase(Locale.ROOT));
    }

    private Object published(SurveyListItem survey) {
        return survey.publishedVersion() == null ? "–" : survey.publishedVersion();
    }

    private Object cell(SurveyRow row, Function<CountTexts, Object> text) {
        return row.counts() == null ? getTranslation("surveys.counts.unavailable")
                : text.apply(new CountTexts(this, getLocale()));
    }
}
