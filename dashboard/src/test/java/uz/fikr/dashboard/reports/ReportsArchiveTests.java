package uz.fikr.dashboard.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinResponse;

import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

import uz.fikr.dashboard.FakeApi;
import uz.fikr.dashboard.security.LoginView;
import uz.fikr.dashboard.table.ExportLinks;

@ViewPackages(classes = {ReportsView.class, LoginView.class})
@WithMockUser(username = "dilnoza", roles = "MANAGER")
class ReportsArchiveTests extends ReportsPageTest {

    private static final String PDF_NAME = "fikr-report-2026-11-uz-Latn.pdf";

    @BeforeEach
    void threeArchivedReports() {
        ReportsJson.archive(analytics,
                ReportsJson.report("r-2026-11", "Oylik hisobot: noyabr 2026", "month", "2026-11-01", "2026-11-30",
                        "uz-Latn", null, "schedule", "2026-12-01T03:00:00Z"),
                ReportsJson.report("r-2026-q3", "Отчёт за третий квартал", "quarter", "2026-07-01", "2026-09-30",
                        "ru", "chilonzor", "aziza", "2026-10-02T09:30:00Z"),
                ReportsJson.report("r-custom", "Book week", "custom", "2026-10-05", "2026-10-11", "en", null,
                        "bekzod", "2026-10-12T11:00:00Z"));
    }

    @Test
    void the_archive_lists_reports_newest_first_with_their_period_language_and_who_asked() {
        navigate(ReportsView.class);

        var grid = archive();
        assertThat($(H1.class).single().getText()).isEqualTo("Reports");
        assertThat(grid.size()).isEqualTo(3);
        assertThat(row(grid, 0)).containsExactly("Oylik hisobot: noyabr 2026", "November 2026", "Uzbek (Latin)", "",
                "Schedule", "Dec 1, 2026, 8:00\u202fAM");
        assertThat(row(grid, 1)).containsExactly("Отчёт за третий квартал", "3rd quarter 2026", "Russian",
                "chilonzor", "aziza", "Oct 2, 2026, 2:30\u202fPM");
        assertThat(row(grid, 2)).containsExactly("Book week", "Oct 5, 2026 – Oct 11, 2026", "English", "", "bekzod",
                "Oct 12, 2026, 4:00\u202fPM");
        assertThat($(Paragraph.class).withClassName("report-count").single().getText())
                .isEqualTo("Reports in the archive: 3");
    }

    @Test
    void an_empty_archive_offers_no_download_links_only_a_count_of_none() {
        ReportsJson.archive(analytics);
        navigate(ReportsView.class);

        assertThat($(Paragraph.class).withClassName("report-count").single().getText())
                .isEqualTo("Reports in the archive: 0");
        assertThat($(ExportLinks.class).exists()).as("visible download links").isFalse();
    }

    @Test
    void periods_and_times_are_written_the_way_russian_writes_them() {
        UI.getCurrent().setLocale(Locale.of("ru"));
        navigate(ReportsView.class);

        var grid = archive();
        assertThat(row(grid, 0)).containsExactly("Oylik hisobot: noyabr 2026", "ноябрь 2026\u202fг.",
                "Узбекский (латиница)", "", "По расписанию", "1 дек. 2026\u202fг., 08:00");
        assertThat(grid.getCellText(1, 1)).isEqualTo("3-й квартал 2026\u202fг.");
    }

    @Test
    void the_archive_is_read_a_page_at_a_time() {
        navigate(ReportsView.class);

        assertThat(archive().getRow(2).id()).isEqualTo("r-custom");
        assertThat(analytics.requests("GET", ReportsJson.REPORTS)).extracting(FakeApi.Request::query)
                .contains("limit=3&offset=0", "limit=1&offset=2")
                .allMatch(query -> query.matches("limit=([1-9]|[1-4][0-9]|50)&offset=\\d+"));
    }

    @Test
    void a_download_hands_the_user_exactly_the_bytes_analytics_served_with_its_name_and_type() {
        byte[] pdf = new byte[70_000];
        new Random(6).nextBytes(pdf);
        pdf[0] = '%';
        analytics.file(ReportsJson.REPORTS + "/r-2026-11/pdf", "application/pdf",
                Map.of("Content-Disposition", "attachment; filename=\"" + PDF_NAME + "\"", "ETag", "\"abc\""), pdf);
        navigate(ReportsView.class);

        var downloaded = new ByteArrayOutputStream();
        test(downloadLink(0, "pdf")).download(downloaded);

        assertThat(downloaded.toByteArray()).isEqualTo(pdf);
        var response = (HttpServletResponse) VaadinResponse.getCurrent();
        assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"" + PDF_NAME + "\"");
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(analytics.requests("GET", ReportsJson.REPORTS + "/r-2026-11/pdf")).hasSize(1);
    }

    @Test
    void a_file_analytics_does_not_have_is_answered_as_missing_rather_than_as_a_broken_file() {
        navigate(ReportsView.class);

        var downloaded = new ByteArrayOutputStream();
        test(downloadLink(0, "xlsx")).download(downloaded);

        assertThat(((HttpServletResponse) VaadinResponse.getCurrent()).getStatus()).isEqualTo(404);
        assertThat(downloaded.size()).isZero();
        assertThat(analytics.requests("GET", ReportsJson.REPORTS + "/r-2026-11/xlsx")).hasSize(1);
    }

    @Test
    void every_report_offers_its_pdf_xlsx_and_csv_named_for_screen_readers() {
        navigate(ReportsView.class);

        assertThat(downloadLink(1, "xlsx").getText()).isEqualTo("XLSX");
        assertThat(downloadLink(1, "csv").getElement().getAttribute("aria-label"))
                .isEqualTo("Download the CSV of \"Отчёт за третий квартал\"");
    }

    @Test
    @WithMockUser(username = "<b>x</b>", roles = "MANAGER")
    void a_title_or_name_with_markup_is_shown_as_text() {
        ReportsJson.archive(analytics, ReportsJson.report("r-1", "<b>x</b><script>alert(1)</script>", "year",
                "2025-01-01", "2025-12-31", "en", null, "<b>x</b>", "2026-01-02T05:00:00Z"));
        navigate(ReportsView.class);

        var grid = archive();
        assertThat(grid.getCellText(0, 0)).isEqualTo("<b>x</b><script>alert(1)</script>");
        assertThat(grid.getCellText(0, 4)).isEqualTo("<b>x</b>");
        assertThat(grid.getCellText(0, 1)).isEqualTo("2025");
        assertThat($(com.vaadin.flow.component.Html.class).all()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<ArchivedReport>, ArchivedReport> archive() {
        return test($(Grid.class).withClassName("report-grid").single());
    }

    private static java.util.List<String> row(GridTester<Grid<ArchivedReport>, ArchivedReport> grid, int row) {
        return java.util.stream.IntStream.range(0, 6).mapToObj(column -> grid.getCellText(row, column)).toList();
    }

    private Anchor downloadLink(int row, String format) {
        var cell = archive().getCellComponent(row, 6);
        return cell.getChildren().map(Anchor.class::cast)
                .filter(link -> link.hasClassName("report-download-" + format)).findFirst().orElseThrow();
    }
}
