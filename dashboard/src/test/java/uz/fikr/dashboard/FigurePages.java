package uz.fikr.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.router.QueryParameters;

import uz.fikr.dashboard.questions.SurveyJson;
import uz.fikr.dashboard.table.DataTable;
import uz.fikr.events.survey.BuiltInSurveys;

/** What browserless tests of pages with figures look at: the address they open and the tables a user sees. */
public final class FigurePages {

    private FigurePages() {
    }

    /**
     * Lets the stand-in survey-service answer as it does for the built-in surveys: both listed, the service-quality
     * survey's versions readable.
     */
    public static void builtInSurveys(FakeApi surveys) {
        surveys.get("/api/v1/admin/surveys", SurveyJson.list(BuiltInSurveys.serviceQuality(), BuiltInSurveys.demo()));
        surveys.get("/api/v1/admin/surveys/service-quality", SurveyJson.versions(BuiltInSurveys.serviceQuality()));
    }

    /**
     * Opens a page for {@code survey} in autumn 2026 (1 September to 30 November), with further query parameters
     * given as name, value, name, value.
     */
    public static void open(Class<? extends Component> page, String survey, String... parameters) {
        Map<String, String> query = new LinkedHashMap<>(Map.of("survey", survey, "from", "2026-09-01",
                "to", "2026-11-30"));
        for (int i = 0; i < parameters.length; i += 2) {
            query.put(parameters[i], parameters[i + 1]);
        }
        UI.getCurrent().navigate(page, QueryParameters.simple(query));
    }

    /** The shown table with this caption. */
    public static DataTable table(List<DataTable> tables, String caption) {
        return visible(tables).stream().filter(table -> table.data() != null && table.data().caption().equals(caption))
                .findFirst().orElseThrow(() -> new AssertionError("No table " + caption + " is shown"));
    }

    public static List<NativeTableRow> bodyRows(DataTable table) {
        return table.getChildren().filter(NativeTable.class::isInstance).map(NativeTable.class::cast).findFirst()
                .orElseThrow().getBody().getRows();
    }

    /** The texts of the body's cells, row by row, as the table shows them. */
    public static List<List<String>> rows(DataTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (NativeTableRow row : bodyRows(table)) {
            List<String> cells = new ArrayList<>();
            row.getAllCells().forEach(cell -> cells.add(cell.getElement().getText()));
            rows.add(cells);
        }
        return rows;
    }

    /** The first row whose first cell is {@code first}. */
    public static List<String> row(DataTable table, String first) {
        return rows(table).stream().filter(row -> row.getFirst().equals(first)).findFirst()
                .orElseThrow(() -> new AssertionError("No row " + first + " in " + rows(table)));
    }

    /** Those components that are shown: visible, and so is every component around them. */
    public static <T extends Component> List<T> visible(List<T> components) {
        return components.stream().filter(FigurePages::shown).toList();
    }

    private static boolean shown(Component component) {
        return component.isVisible() && component.getParent().map(FigurePages::shown).orElse(true);
    }
}
