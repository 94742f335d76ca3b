package uz.fikr.dashboard.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

import tools.jackson.databind.JsonNode;

import uz.fikr.dashboard.security.LoginView;

@ViewPackages(classes = {ReportsView.class, LoginView.class})
@WithMockUser(username = "dilnoza", roles = "MANAGER")
class ReportsOnDemandTests extends ReportsPageTest {

    private static final String RUN = "7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f";

    @BeforeEach
    void analyticsAcceptsRuns() {
        analytics.on("POST", ReportsJson.RUNS, 202, ReportsJson.run(RUN, "queued", 0, 0, null, null, null));
    }

    @Test
    void the_form_asks_for_the_chosen_surveys_period_language_and_branch_in_the_users_name() {
        navigate(ReportsView.class);

        test($(MultiSelectComboBox.class).withLabel("Surveys").single()).selectItem("Quality of library services");
        test(radio("Period")).selectItem("Other dates");
        test($(DatePicker.class).withLabel("First day").single()).setValue(LocalDate.of(2026, 10, 5));
        test($(DatePicker.class).withLabel("Last day").single()).setValue(LocalDate.of(2026, 10, 11));
        test(select("Report language")).selectItem("Russian");
        test(combo("Branch")).selectItem("chilonzor");
        write();

        assertThat(sent()).isEqualTo(ReportsJson.parse("""
                {"surveyIds":["service-quality"],"period":{"kind":"custom","from":"2026-10-05","to":"2026-10-11"},
                 "language":"ru","branch":"chilonzor","requestedBy":"dilnoza"}"""));
    }

    @Test
    void a_month_is_sent_as_its_first_day_in_the_users_language_for_the_whole_library() {
        navigate(ReportsView.class);

        test($(MultiSelectComboBox.class).withLabel("Surveys").single()).selectItem("Quality of library services",
                "Your opinion of our library");
        test(select("Month")).selectItem("November");
        test($(IntegerField.class).withLabel("Year").single()).setValue(2026);
        write();

        assertThat(sent()).isEqualTo(ReportsJson.parse("""
                {"surveyIds":["service-quality","demo"],"period":{"kind":"month","from":"2026-11-01"},
                 "language":"en","branch":null,"requestedBy":"dilnoza"}"""));
    }

    @Test
    void the_progress_bar_follows_the_run_to_done_and_the_new_report_appears_with_its_downloads() {
        navigate(ReportsView.class);
        test($(MultiSelectComboBox.class).withLabel("Surveys").single()).selectItem("Quality of library services");
        write();
        assertThat(status()).isEqualTo("Waiting to start: queued");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(OnDemandForm.POLL_INTERVAL_MILLIS);

        ReportsJson.runAt(analytics, RUN, "running", 3, 9, "gaps", null, null);
        poll();
        ProgressBar bar = $(ProgressBar.class).single();
        assertThat(bar.getValue()).isEqualTo(3);
        assertThat(bar.getMax()).isEqualTo(9);
        assertThat(status()).isEqualTo("Now: service-quality gaps. 3 of 9 steps done.");

        ReportsJson.archive(analytics, ReportsJson.report("r-new", "Library services, November 2026", "month",
                "2026-11-01", "2026-11-30", "en", null, "dilnoza", "2026-12-03T07:00:00Z"));
        ReportsJson.runAt(analytics, RUN, "done", 9, 9, "archive", "r-new", null);
        poll();

        assertThat(bar.getValue()).isEqualTo(bar.getMax());
        assertThat(status()).isEqualTo("Done: the report is ready and in the archive.");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat($(Span.class).withClassName("report-run-title").single().getText())
                .isEqualTo("Library services, November 2026");
        assertThat($(Anchor.class).withClassName("report-download-pdf").single().getElement()
                .getAttribute("aria-label")).isEqualTo("Download the PDF of \"Library services, November 2026\"");
        assertThat(test($(Grid.class).withClassName("report-grid").single()).getCellText(0, 0))
                .isEqualTo("Library services, November 2026");
    }

    @Test
    void a_failed_run_says_so_in_the_users_language_with_the_reason() {
        UI.getCurrent().setLocale(Locale.of("ru"));
        navigate(ReportsView.class);
        test($(MultiSelectComboBox.class).withLabel("Опросы").single()).selectItem("Качество библиотечного обслуживания");
        test($(Button.class).withText("Написать отчёт").single()).click();

        ReportsJson.runAt(analytics, RUN, "failed", 2, 9, "quality", null, "no responses in the period");
        poll();

        assertThat(status()).isEqualTo("Отчёт не удалось написать.");
        assertThat($(Paragraph.class).withClassName("report-run-error").single().getText())
                .isEqualTo("Ответ сервиса аналитики: no responses in the period");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void a_refusal_naming_the_first_day_marks_that_field() {
        analytics.on("POST", ReportsJson.RUNS, 400, ReportsJson.problem("period.from", "must not be in the future"));
        navigate(ReportsView.class);
        test($(MultiSelectComboBox.class).withLabel("Surveys").single()).selectItem("Quality of library services");
        test(radio("Period")).selectItem("Other dates");

        write();

        DatePicker from = $(DatePicker.class).withLabel("First day").single();
        assertThat(from.isInvalid()).isTrue();
        assertThat(from.getErrorMessage()).isEqualTo("must not be in the future");
        assertThat($(DatePicker.class).withLabel("Last day").single().isInvalid()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).as("no run is followed").isEqualTo(-1);
    }

    @Test
    void without_a_survey_nothing_is_asked() {
        navigate(ReportsView.class);

        write();

        assertThat($(MultiSelectComboBox.class).withLabel("Surveys").single().isInvalid()).isTrue();
        assertThat(analytics.requests("POST", ReportsJson.RUNS)).isEmpty();
    }

    private JsonNode sent() {
        var posted = analytics.requests("POST", ReportsJson.RUNS);
        assertThat(posted).hasSize(1);
        return ReportsJson.parse(posted.getFirst().body());
    }

    private void write() {
        test($(Button.class).withText("Write the report").single()).click();
    }

    private String status() {
        return $(Paragraph.class).withClassName("report-run-status").single().getText();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<String> radio(String label) {
        return $(RadioButtonGroup.class).withLabel(label).single();
    }

    @SuppressWarnings("unchecked")
    private Select<Object> select(String label) {
        return $(Select.class).withLabel(label).single();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<String> combo(String label) {
        return $(ComboBox.class).withLabel(label).single();
    }

    private static void poll() {
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }
}
