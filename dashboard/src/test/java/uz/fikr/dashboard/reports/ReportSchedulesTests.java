package uz.fikr.dashboard.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import uz.fikr.dashboard.FigurePages;
import uz.fikr.dashboard.security.LoginView;
import uz.fikr.dashboard.table.DataTable;

@ViewPackages(classes = {ReportsView.class, LoginView.class})
@WithMockUser(username = "bekzod", roles = {"MANAGER", "ADMIN"})
class ReportSchedulesTests extends ReportsPageTest {

    private static final String MONTHLY = ReportsJson.DEFINITIONS + "/monthly-director";

    @Autowired
    Schedules schedules;

    @BeforeEach
    void twoDefinitions() {
        ReportsJson.definitions(analytics,
                ReportsJson.definition("monthly-director", "Monthly for the director", "month", "0 0 8 1 * *",
                        "director@library.uz"),
                ReportsJson.definition("weekly-board", "Weekly board", "month", "0 30 9 * * MON",
                        "board@library.uz", "deputy@library.uz"));
    }

    @Test
    void an_admin_sees_each_schedule_in_words_or_as_its_cron() {
        navigate(ReportsView.class);

        var grid = definitions();
        assertThat(grid.getCellText(0, 0)).isEqualTo("Monthly for the director");
        assertThat(grid.getCellText(0, 4)).isEqualTo("1st of every month at 08:00, Asia/Tashkent");
        assertThat(grid.getCellText(1, 3)).isEqualTo("board@library.uz, deputy@library.uz");
        assertThat(grid.getCellText(1, 4)).isEqualTo("0 30 9 * * MON (cron), Asia/Tashkent");
        assertThat(grid.getCellText(1, 5)).isEqualTo("Yes");
    }

    @Test
    void an_admin_adds_a_quarterly_schedule_and_its_id_comes_from_its_name() {
        analytics.on("PUT", ReportsJson.DEFINITIONS + "/choraklik-hisobot-markaz", 200, "{}");
        navigate(ReportsView.class);

        test($(Button.class).withText("Add a schedule").single()).click();
        $(TextField.class).withLabel("Name").single().setValue("Choraklik hisobot – Markaz");
        test(dialogSurveys()).selectItem("Quality of library services");
        test(select("Period")).selectItem("Quarter");
        assertThat($(TextField.class).withLabel("Schedule (cron)").single().getValue())
                .isEqualTo("0 0 8 1 1,4,7,10 *");
        test(select("Report language")).selectItem("Russian");
        $(TextArea.class).withLabel("Recipients").single().setValue("director@library.uz,\n deputy@library.uz\n");
        test($(Button.class).withText("Save").single()).click();

        var put = analytics.requests("PUT", ReportsJson.DEFINITIONS + "/choraklik-hisobot-markaz");
        assertThat(put).hasSize(1);
        assertThat(ReportsJson.parse(put.getFirst().body())).isEqualTo(ReportsJson.parse("""
                {"name":"Choraklik hisobot – Markaz","surveyIds":["service-quality"],"periodKind":"quarter",
                 "language":"ru","branch":null,"recipients":["director@library.uz","deputy@library.uz"],
                 "cron":"0 0 8 1 1,4,7,10 *","timeZone":"Asia/Tashkent","enabled":true}"""));
    }

    @Test
    void a_recipient_that_is_no_e_mail_address_is_refused_on_the_form() {
        navigate(ReportsView.class);

        test(rowButton(0, "Edit")).click();
        TextArea recipients = $(TextArea.class).withLabel("Recipients").single();
        recipients.setValue("director@library.uz, director at library");
        test($(Button.class).withText("Save").single()).click();

        assertThat(recipients.isInvalid()).isTrue();
        assertThat(recipients.getErrorMessage()).isEqualTo("This is not an e-mail address: director at library");
        assertThat(analytics.requests("PUT", MONTHLY)).isEmpty();
    }

    @Test
    void analytics_refusing_a_recipient_marks_the_recipients() {
        analytics.on("PUT", MONTHLY, 400, ReportsJson.problem("recipients[0]", "the domain does not accept mail"));
        navigate(ReportsView.class);

        test(rowButton(0, "Edit")).click();
        test($(Button.class).withText("Save").single()).click();

        TextArea recipients = $(TextArea.class).withLabel("Recipients").single();
        assertThat(recipients.isInvalid()).isTrue();
        assertThat(recipients.getErrorMessage()).isEqualTo("the domain does not accept mail");
    }

    @Test
    void deleting_a_schedule_asks_first() {
        analytics.on("DELETE", MONTHLY, 204, "");
        navigate(ReportsView.class);

        test(rowButton(0, "Delete")).click();
        assertThat(analytics.requests("DELETE", MONTHLY)).isEmpty();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(analytics.requests("DELETE", MONTHLY)).hasSize(1);
    }

    @Test
    void the_deliveries_of_a_schedule_list_period_time_recipients_and_status() {
        analytics.get(MONTHLY + "/deliveries", """
                [{"period":{"kind":"month","from":"2026-10-01","to":"2026-10-31"},"sentAt":"2026-11-01T03:00:05Z",
                  "recipients":["director@library.uz"],"status":"sent","reportId":"r-2026-10"}]""");
        navigate(ReportsView.class);

        test(rowButton(0, "Deliveries")).click();

        DataTable table = $(DataTable.class).withClassName("data-table").all().stream()
                .filter(t -> t.data() != null && t.data().name().equals("report-deliveries")).findFirst().orElseThrow();
        assertThat(FigurePages.rows(table)).containsExactly(
                List.of("October 2026", "Nov 1, 2026, 8:00\u202fAM", "director@library.uz", "Sent"));
    }

    @Test
    @WithMockUser(username = "dilnoza", roles = "MANAGER")
    void a_manager_sees_no_schedules_and_the_server_refuses_their_change() {
        navigate(ReportsView.class);

        assertThat($(H2.class).all()).extracting(H2::getText).contains("Archive").doesNotContain("Schedules");
        assertThat($(Grid.class).withClassName("report-definitions").exists()).isFalse();
        var definition = new ReportDefinition("monthly-director", "Monthly", List.of("service-quality"), "month",
                "uz-Latn", null, List.of("director@library.uz"), "0 0 8 1 * *", "Asia/Tashkent", true);
        assertThatThrownBy(() -> schedules.save(definition)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> schedules.delete("monthly-director")).isInstanceOf(AccessDeniedException.class);
        assertThat(analytics.requests()).noneMatch(r -> r.method().equals("PUT") || r.method().equals("DELETE")
                || r.path().startsWith(ReportsJson.DEFINITIONS));
    }

    private Button rowButton(int row, String text) {
        return definitions().getCellComponent(row, 6).getChildren().map(Button.class::cast)
                .filter(button -> button.getText().equals(text)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<ReportDefinition>, ReportDefinition> definitions() {
        return test($(Grid.class).withClassName("report-definitions").single());
    }

    @SuppressWarnings("unchecked")
    private MultiSelectComboBox<Object> dialogSurveys() {
        return $(MultiSelectComboBox.class).withLabel("Surveys").all().stream()
                .filter(field -> field.getParent().orElseThrow().hasClassName("report-definition-fields"))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Select<Object> select(String label) {
        return $(Select.class).withLabel(label).all().stream()
                .filter(field -> field.getParent().orElseThrow().hasClassName("report-definition-fields"))
                .findFirst().orElseThrow();
    }
}
