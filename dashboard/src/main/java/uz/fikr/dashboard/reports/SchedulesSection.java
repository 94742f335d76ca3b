package uz.fikr.dashboard.reports;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.errors.ErrorNotifications;
import uz.fikr.dashboard.service.ServiceException;
import uz.fikr.dashboard.surveys.SurveyListItem;
import uz.fikr.dashboard.table.ExportLinks;
import uz.fikr.dashboard.table.TableData;

/**
 * Schedules (admins only): the report definitions with their schedule in words, a button to add one, and per
 * definition buttons to edit it, delete it (after a confirmation) and list its deliveries.
 */
class SchedulesSection extends Section implements LocaleChangeObserver {

    private final Schedules schedules;
    private final List<SurveyListItem> surveyList;
    private final List<String> branches;
    private final String userLanguage;
    private final H2 heading = new H2();
    private final Button add = new Button();
    private final Grid<ReportDefinition> grid = new Grid<>();
    private final List<Grid.Column<ReportDefinition>> columns = new ArrayList<>();
    private final ExportLinks exports = new ExportLinks();
    private final DeliveriesPanel deliveries;
    private List<ReportDefinition> definitions = List.of();

    SchedulesSection(Schedules schedules, List<SurveyListItem> surveyList, List<String> branches,
            String userLanguage) {
        this.schedules = schedules;
        this.surveyList = surveyList;
        this.branches = branches;
        this.userLanguage = userLanguage;
        this.deliveries = new DeliveriesPanel(schedules);
        addClassName("report-schedules");
        add.addClickListener(click -> open(null));
        add.addClassName("report-definition-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addClassName("report-definitions");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        columns.add(grid.addColumn(ReportDefinition::name).setFlexGrow(2));
        columns.add(grid.addColumn(d -> ReportTexts.kind(this, d.periodKind())));
        columns.add(grid.addColumn(d -> ReportTexts.language(this, d.language())));
        columns.add(grid.addColumn(d -> String.join(", ", d.recipients())).setFlexGrow(2));
        columns.add(grid.addColumn(d -> CronWords.words(this, d.cron(), d.timeZone())).setFlexGrow(2));
        columns.add(grid.addColumn(this::enabled));
        columns.add(grid.addComponentColumn(this::actions).setAutoWidth(true));
        add(heading, add, grid, exports, deliveries);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("reports.schedules.heading"));
        add.setText(getTranslation("reports.definition.add"));
        grid.setAriaLabel(getTranslation("reports.schedules.caption"));
        String[] headers = headers();
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).setHeader(i < headers.length ? headers[i] : getTranslation("reports.column.actions"));
        }
        load();
    }

    private String[] headers() {
        return new String[] {getTranslation("reports.definition.name"), getTranslation("reports.form.kind"),
            getTranslation("reports.form.language"), getTranslation("reports.definition.recipients"),
            getTranslation("reports.definition.schedule"), getTranslation("reports.definition.enabled")};
    }

    void load() {
        try {
            definitions = schedules.definitions();
        }
        catch (ServiceException ex) {
            definitions = List.of();
            ErrorNotifications.show(UI.getCurrent(), ex);
        }
        grid.setItems(definitions);
        var table = TableData.builder("report-schedules", getTranslation("reports.schedules.caption"), headers());
        definitions.forEach(d -> table.row(d.name(), ReportTexts.kind(this, d.periodKind()),
                ReportTexts.language(this, d.language()), String.join(", ", d.recipients()),
                CronWords.words(this, d.cron(), d.timeZone()), enabled(d)));
        exports.show(table.build());
    }

    private String enabled(ReportDefinition definition) {
        return getTranslation(definition.enabled() ? "reports.definition.on" : "reports.definition.off");
    }

    private Component actions(ReportDefinition definition) {
        var buttons = new Div(
                button("reports.definition.editOne", definition, () -> open(definition)),
                button("reports.definition.deliveries", definition, () -> deliveries.show(definition)),
                button("reports.definition.delete", definition, () -> confirmDelete(definition)));
        buttons.addClassName("report-definition-actions");
        return buttons;
    }

    private Button button(String key, ReportDefinition definition, Runnable action) {
        var button = new Button(getTranslation(key), click -> action.run());
        button.addClassName(key.replace('.', '-'));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation(key + ".label", definition.name()));
        return button;
    }

    private void open(@Nullable ReportDefinition definition) {
        new DefinitionDialog(schedules, definition, definitions.stream().map(ReportDefinition::id).toList(),
                new SurveyChoice(surveyList), branches, userLanguage, this::load).open();
    }

    private void confirmDelete(ReportDefinition definition) {
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("reports.definition.delete.title", definition.name()));
        confirm.setText(getTranslation("reports.definition.delete.text", definition.name()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("reports.cancel"));
        confirm.setConfirmText(getTranslation("reports.definition.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            try {
                schedules.delete(definition.id());
                deliveries.hideIf(definition);
            }
            catch (ServiceException ex) {
                ErrorNotifications.show(UI.getCurrent(), ex);
            }
            load();
        });
        confirm.open();
    }
}
