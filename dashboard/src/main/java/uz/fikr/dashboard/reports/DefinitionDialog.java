package uz.fikr.dashboard.reports;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.support.CronExpression;

import uz.fikr.dashboard.errors.ErrorNotifications;
import uz.fikr.dashboard.errors.FieldMessages;
import uz.fikr.dashboard.service.ServiceException;

/**
 * Adds or edits a report definition (admins): name, surveys, period kind, language, branch, recipients, schedule
 * (the default for the kind filled in), time zone and whether it is on. A new definition's id comes from its name.
 * Recipients, cron and zone are checked here first; analytics-service's refusals are shown on the fields they name.
 */
class DefinitionDialog extends Dialog {

    private final Schedules schedules;
    private final @Nullable ReportDefinition editing;
    private final Collection<String> takenIds;
    private final Runnable saved;
    private final TextField name = new TextField();
    private final SurveyChoice surveys;
    private final Select<String> kind = new Select<>();
    private final Select<String> language = new Select<>();
    private final ComboBox<String> branch = new ComboBox<>();
    private final TextArea recipients = new TextArea();
    private final TextField cron = new TextField();
    private final ComboBox<String> zone = new ComboBox<>();
    private final Checkbox enabled = new Checkbox();
    private final Paragraph problem = new Paragraph();

    DefinitionDialog(Schedules schedules, @Nullable ReportDefinition editing, Collection<String> takenIds,
            SurveyChoice surveys, List<String> branches, String userLanguage, Runnable saved) {
        this.schedules = schedules;
        this.editing = editing;
        this.takenIds = List.copyOf(takenIds);
        this.surveys = surveys;
        this.saved = saved;
        addClassName("report-definition-dialog");
        setHeaderTitle(getTranslation(editing == null ? "reports.definition.add" : "reports.definition.edit"));
        labels();
        kind.setItems(ReportTexts.SCHEDULED_KINDS);
        kind.setItemLabelGenerator(code -> ReportTexts.kind(this, code));
        language.setItems(ReportTexts.LANGUAGES);
        language.setItemLabelGenerator(code -> ReportTexts.language(this, code));
        branch.setItems(branches);
        branch.setClearButtonVisible(true);
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        name.setRequired(true);
        name.setMaxLength(200);
        recipients.setRequired(true);
        problem.addClassName("report-problem");
        problem.getElement().setAttribute("role", "alert");
        fill(editing, userLanguage);
        kind.addValueChangeListener(event -> {
            if (event.getOldValue() == null || cron.getValue().isBlank()
                    || cron.getValue().strip().equals(CronWords.defaultCron(event.getOldValue()))) {
                cron.setValue(CronWords.defaultCron(event.getValue()));
            }
        });
        var fields = new Div(name, surveys.field(), kind, language, branch, recipients, cron, zone, enabled, problem);
        fields.addClassName("report-definition-fields");
        add(fields);
        var save = new Button(getTranslation("reports.definition.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("report-definition-save");
        getFooter().add(new Button(getTranslation("reports.cancel"), click -> close()), save);
    }

    private void labels() {
        name.setLabel(getTranslation("reports.definition.name"));
        surveys.field().setLabel(getTranslation("reports.form.surveys"));
        kind.setLabel(getTranslation("reports.form.kind"));
        language.setLabel(getTranslation("reports.form.language"));
        branch.setLabel(getTranslation("reports.form.branch"));
        branch.setPlaceholder(getTranslation("reports.form.allBranches"));
        recipients.setLabel(getTranslation("reports.definition.recipients"));
        recipients.setHelperText(getTranslation("reports.definition.recipients.help"));
        cron.setLabel(getTranslation("reports.definition.cron"));
        cron.setHelperText(getTranslation("reports.definition.cron.help"));
        zone.setLabel(getTranslation("reports.definition.timeZone"));
        enabled.setLabel(getTranslation("reports.definition.enabled"));
    }

    private void fill(@Nullable ReportDefinition definition, String userLanguage) {
        if (definition == null) {
            kind.setValue(Period.MONTH);
            language.setValue(userLanguage);
            cron.setValue(CronWords.defaultCron(Period.MONTH));
            zone.setValue(CronWords.DEFAULT_ZONE);
            enabled.setValue(true);
            return;
        }
        name.setValue(definition.name());
        surveys.choose(definition.surveyIds());
        kind.setValue(definition.periodKind());
        language.setValue(definition.language());
        branch.setValue(definition.branch());
        recipients.setValue(Recipients.text(definition.recipients()));
        cron.setValue(definition.cron());
        zone.setValue(definition.timeZone());
        enabled.setValue(definition.enabled());
    }

    private void save() {
        FieldMessages.clear(name, surveys.field(), kind, language, branch, recipients, cron, zone);
        problem.setText("");
        ReportDefinition definition = definition();
        if (definition == null) {
            return;
        }
        try {
            schedules.save(definition);
            close();
            saved.run();
        }
        catch (ServiceException ex) {
            if (ex.unavailable()) {
                ErrorNotifications.show(UI.getCurrent(), ex);
                return;
            }
            List<String> elsewhere = FormProblems.show(ex.fieldProblems(), Map.of("name", name,
                    "surveyIds", surveys.field(), "periodKind", kind, "language", language, "branch", branch,
                    "recipients", recipients, "cron", cron, "timeZone", zone));
            problem.setText(getTranslation("reports.form.refused", elsewhere.isEmpty() && ex.fieldProblems().isEmpty()
                    ? ex.detail() : String.join("; ", elsewhere)));
        }
    }

    /** The definition the form describes, or null after marking what is wrong. */
    private @Nullable ReportDefinition definition() {
        var wrong = new ArrayList<HasValidation>();
        String title = name.getValue().strip();
        require(!title.isEmpty(), name, "reports.form.required", wrong);
        require(!surveys.ids().isEmpty(), surveys.field(), "reports.form.surveysMissing", wrong);
        List<String> addresses = Recipients.parse(recipients.getValue());
        String invalid = Recipients.firstInvalid(addresses).orElse(null);
        require(!addresses.isEmpty(), recipients, "reports.definition.recipients.missing", wrong);
        if (invalid != null) {
            FieldMessages.mark(recipients, getTranslation("reports.definition.recipients.invalid", invalid));
            wrong.add(recipients);
        }
        require(CronExpression.isValidExpression(cron.getValue().strip()), cron, "reports.definition.cron.invalid",
                wrong);
        require(zone.getValue() != null && ZoneId.getAvailableZoneIds().contains(zone.getValue()), zone,
                "reports.form.required", wrong);
        if (!wrong.isEmpty()) {
            return null;
        }
        String id = editing != null ? editing.id() : Slugs.of(title, takenIds);
        return new ReportDefinition(id, title, surveys.ids(), Objects.requireNonNullElse(kind.getValue(), Period.MONTH),
                Objects.requireNonNullElse(language.getValue(), ReportTexts.LANGUAGES.getFirst()),
                branch.getValue() == null || branch.getValue().isBlank() ? null : branch.getValue(), addresses,
                cron.getValue().strip(), zone.getValue(), enabled.getValue());
    }

    private void require(boolean ok, HasValidation field, String key, List<HasValidation> wrong) {
        if (!ok) {
            FieldMessages.mark(field, getTranslation(key));
            wrong.add(field);
        }
    }
}
