package uz.fikr.dashboard.reports;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uz.fikr.dashboard.errors.ErrorNotifications;
import uz.fikr.dashboard.errors.FieldMessages;
import uz.fikr.dashboard.questions.QuestionTexts;
import uz.fikr.dashboard.security.CurrentUser;
import uz.fikr.dashboard.service.ServiceException;
import uz.fikr.dashboard.surveys.SurveyListItem;

/**
 * A report on demand: surveys, period, language (the user's own by default) and branch (or the whole library).
 * Writing it starts a run in analytics-service in the user's name; the page then asks how far it is on every UI
 * poll until it is done or failed. Refused fields show analytics-service's message.
 */
class OnDemandForm extends Div implements LocaleChangeObserver {

    static final int POLL_INTERVAL_MILLIS = 1_000;

    private static final Logger log = LoggerFactory.getLogger(OnDemandForm.class);

    private final ReportsApi api;
    private final CurrentUser user;
    private final Runnable written;
    private final SurveyChoice surveys;
    private final PeriodPicker period;
    private final Select<String> language = new Select<>();
    private final ComboBox<String> branch = new ComboBox<>();
    private final Button write = new Button();
    private final Paragraph problem = new Paragraph();
    private final RunProgress progress = new RunProgress();
    private @Nullable String runId;

    OnDemandForm(ReportsApi api, CurrentUser user, List<SurveyListItem> surveyList, List<String> branches,
            LocalDate today, Runnable written) {
        this.api = api;
        this.user = user;
        this.written = written;
        addClassName("report-on-demand");
        period = new PeriodPicker(today);
        surveys = new SurveyChoice(surveyList);
        language.setItems(ReportTexts.LANGUAGES);
        language.setItemLabelGenerator(code -> ReportTexts.language(this, code));
        branch.setItems(branches);
        branch.setClearButtonVisible(true);
        write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        write.addClassName("report-write");
        write.addClickListener(click -> write());
        problem.addClassName("report-problem");
        problem.getElement().setAttribute("role", "alert");
        var fields = new Div(surveys.field(), period, language, branch);
        fields.addClassName("report-form-fields");
        add(fields, write, problem, progress);
    }

    /** Chooses the survey the user came with (the filter bar's {@code survey}), when the form offers it. */
    void preselect(String surveyId) {
        if (surveys.offers(surveyId)) {
            surveys.choose(List.of(surveyId));
        }
    }

    /** Asks analytics-service how far the run is; called on every UI poll while one is under way. */
    void poll() {
        String current = runId;
        if (current == null) {
            return;
        }
        ReportRun run;
        try {
            run = api.run(current);
        }
        catch (ServiceException ex) {
            if (ex.unavailable()) {
                log.info("Cannot ask about report run {} yet: {}", current, ex.getMessage());
                return;
            }
            stopped(getTranslation("reports.run.lost", ex.detail()));
            return;
        }
        progress.show(run);
        if (run.succeeded()) {
            finished(run);
        }
        else if (run.finished()) {
            stopped(run.error() == null || run.error().isBlank() ? getTranslation("reports.run.noReason")
                    : getTranslation("reports.run.reason", run.error()));
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        surveys.field().setLabel(getTranslation("reports.form.surveys"));
        language.setLabel(getTranslation("reports.form.language"));
        branch.setLabel(getTranslation("reports.form.branch"));
        branch.setPlaceholder(getTranslation("reports.form.allBranches"));
        write.setText(getTranslation("reports.form.write"));
        if (language.getValue() == null) {
            language.setValue(QuestionTexts.language(event.getLocale()));
        }
        ReportTexts.relabel(language);
    }

    private void write() {
        FieldMessages.clear(surveys.field(), language, branch);
        problem.setText("");
        Period chosen = period.value();
        if (surveys.ids().isEmpty()) {
            FieldMessages.mark(surveys.field(), getTranslation("reports.form.surveysMissing"));
            return;
        }
        if (chosen == null) {
            return;
        }
        var request = new ReportRun.Request(surveys.ids(),
                chosen, language.getValue() == null ? QuestionTexts.language(getLocale()) : language.getValue(),
                branch.getValue() == null || branch.getValue().isBlank() ? null : branch.getValue(), user.name());
        try {
            ReportRun run = api.start(request);
            runId = run.runId();
            write.setEnabled(false);
            progress.show(run);
            UI.getCurrent().setPollInterval(POLL_INTERVAL_MILLIS);
        }
        catch (ServiceException ex) {
            refused(ex);
        }
    }

    private void refused(ServiceException ex) {
        if (ex.unavailable()) {
            problem.setText(getTranslation("reports.form.unavailable"));
            ErrorNotifications.show(UI.getCurrent(), ex);
            return;
        }
        Map<String, HasValidation> fields = new LinkedHashMap<>(period.fields());
        fields.put("surveyIds", surveys.field());
        fields.put("language", language);
        fields.put("branch", branch);
        List<String> elsewhere = FormProblems.show(ex.fieldProblems(), fields);
        problem.setText(getTranslation("reports.form.refused", elsewhere.isEmpty() ? ex.detail()
                : String.join("; ", elsewhere)));
    }

    private void finished(ReportRun run) {
        stopPolling();
        try {
            progress.done(api.report(run.reportId()), api);
        }
        catch (ServiceException ex) {
            ErrorNotifications.show(UI.getCurrent(), ex);
        }
        written.run();
    }

    private void stopped(String reason) {
        stopPolling();
        progress.failed(reason);
    }

    private void stopPolling() {
        runId = null;
        write.setEnabled(true);
        UI.getCurrent().setPollInterval(-1);
    }
}
