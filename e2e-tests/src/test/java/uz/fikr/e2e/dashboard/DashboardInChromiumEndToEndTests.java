package uz.fikr.e2e.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import uz.fikr.demo.DemoResponses;
import uz.fikr.e2e.AnalyticsLogin;

/**
 * The managers' dashboard in real headless Chromium, against the whole of Fikr started from its runnable jars, with
 * a year of demo history in Kafka and today's responses and feedback sent as readers send them. Each test is a
 * user's journey and checks what the user sees. Screenshots of every page go to target/dashboard-screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardInChromiumEndToEndTests {

    private static final Logger log = LoggerFactory.getLogger(DashboardInChromiumEndToEndTests.class);
    private static final Path SCREENSHOTS = Path.of("target", "dashboard-screenshots");
    private static final String TOKEN = "wifi" + Long.toHexString(System.nanoTime());
    private static final List<String> FEEDBACK = List.of(
            TOKEN + ": the Wi-Fi in the reading room drops every few minutes.",
            "The e-library does not open on my phone.",
            "Please add a socket near every desk for laptops.",
            "<img src=x onerror=\"window.fikrXss=1\"><script>window.fikrXss=2</script> " + TOKEN + " markup",
            "=HYPERLINK(\"http://example.org/" + TOKEN + "\",\"click me\")");
    private static final String NEW_SURVEY = "visit-e2e";
    /** A figure as the dashboard writes it in English: 1,234 or 3.8 or 65% or −6. */
    private static final Pattern FIGURE = Pattern.compile("[−+]?[0-9][0-9,.]*%?");

    private static DashboardStack stack;
    private static DashboardBrowser browser;
    private static Logins logins;

    @BeforeAll
    static void startTheStackAndTheBrowser() throws Exception {
        stack = DashboardStack.start(started -> new DemoData(started).load(FEEDBACK));
        browser = new DashboardBrowser(stack.dashboard(), SCREENSHOTS);
        logins = new Logins(browser, stack);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
        }
        finally {
            if (stack != null) {
                stack.close();
            }
        }
    }

    @Test
    @Order(1)
    void a_manager_the_admin_added_on_the_users_page_logs_in_to_key_figures_and_a_drawn_chart() {
        logins.asAdmin();
        logins.addTheManager();
        browser.logOut();

        long pressed = browser.pressLogIn(Logins.MANAGER, logins.managerPassword());
        browser.awaitUntil("the key figures", () -> FIGURE.matcher(browser.text("#kpi-responses .kpi-value"))
                .matches());
        log.info("dashboard overview visible after {} ms", Duration.ofNanos(System.nanoTime() - pressed).toMillis());

        assertThat(browser.text("h1")).isEqualTo("Overview");
        assertThat(browser.texts(".kpi-card .kpi-value")).hasSize(4).allMatch(value -> FIGURE.matcher(value).matches());
        browser.awaitUntil("a drawn trend", () -> browser.chartDrawn(".kpi-card fikr-echart"));
        assertThat(browser.text(".current-user")).isEqualTo(Logins.MANAGER);
        assertThat(browser.texts("vaadin-side-nav-item")).doesNotContain("Users");
    }

    @Test
    @Order(2)
    void the_users_page_shows_manager_as_the_role_of_a_new_user_until_the_admin_chooses_another() {
        logins.asAdmin();
        browser.open("users");

        assertThat(VaadinInputs.chosen(browser, ".add-user vaadin-select.user-role")).isEqualTo("Manager");
    }

    @Test
    @Order(3)
    void choosing_a_branch_changes_the_figures_and_the_address_and_back_brings_the_previous_figures_back() {
        logins.asManager();
        browser.open("?survey=demo");
        browser.awaitUntil("the key figures", () -> browser.texts(".kpi-card .kpi-value").size() == 4);
        List<String> everywhere = browser.texts(".kpi-card .kpi-value");

        VaadinInputs.typeAndEnter(browser, "#filter-branch", "yunusobod");
        browser.awaitUntil("the branch's figures", () -> browser.address().contains("branch=yunusobod")
                && !browser.texts(".kpi-card .kpi-value").equals(everywhere));
        assertThat(browser.texts(".kpi-card .kpi-value")).hasSize(4).isNotEqualTo(everywhere);

        browser.back();
        browser.awaitUntil("the figures of every branch", () -> !browser.address().contains("branch=")
                && browser.texts(".kpi-card .kpi-value").equals(everywhere));
        assertThat(browser.value("#filter-branch input")).isEmpty();
    }

    @Test
    @Order(4)
    void an_overview_alert_opens_service_quality_with_its_item_marked() {
        logins.asManager();
        browser.open("?survey=service-quality" + DashboardPages.lastYear());
        browser.awaitUntil("the alerts", () -> !browser.text(".quality-alerts p").isEmpty());
        List<String> alerts = browser.texts(".quality-alerts .alert a");
        String item;
        if (alerts.isEmpty()) {
            log.info("The demo data raised no service-quality alert; opening the item directly");
            browser.open("quality?survey=service-quality&item=q_info_4" + DashboardPages.lastYear());
            item = "Reading the e-library from home";
        }
        else {
            item = alerts.getFirst().substring(alerts.getFirst().indexOf(':') + 1).trim();
            browser.shown(browser.driver().findElement(By.cssSelector(".quality-alerts .alert a"))).click();
            browser.awaitSettled();
        }

        browser.awaitUntil("the marked item", () -> !browser.text("#quality-items tr[aria-current='true']").isEmpty());
        assertThat(browser.address()).startsWith("quality?").contains("item=")
                .contains(DashboardPages.lastYear().substring(1));
        assertThat(browser.text("h1")).isEqualTo("Service quality");
        assertThat(browser.texts("#quality-items tr.selected")).singleElement().asString().contains(item)
                .contains("Selected");
    }

    @Test
    @Order(5)
    void comparing_satisfaction_by_branch_says_what_the_test_found_in_words_and_lists_each_branch_once() {
        logins.asManager();
        browser.open("compare?survey=demo" + DashboardPages.lastYear());
        browser.awaitUntil("the comparison", () -> !browser.text(".compare-summary").isEmpty());

        VaadinInputs.choose(browser, "vaadin-select.compare-question", "How satisfied");
        VaadinInputs.choose(browser, "vaadin-select.compare-by", "Branch");
        browser.awaitUntil("the branches", () -> browser.address().contains("by=branch")
                && browser.text(".compare-results caption").startsWith("Per branch"));

        assertThat(browser.address()).contains("question=satisfaction");
        assertThat(browser.text(".compare-summary"))
                .matches("The groups (differ|do not differ) significantly \\(one-way ANOVA, p [=<] [0-9.]+\\)\\.");
        assertThat(browser.texts(".compare-results table tbody th"))
                .containsExactlyInAnyOrderElementsOf(DemoResponses.BRANCHES);
        browser.awaitUntil("the chart", () -> browser.chartDrawn(".compare-chart"));
    }

    @Test
    @Order(6)
    void an_admin_resolves_a_readers_feedback_with_a_note_and_sees_it_resolved_when_reading_it_again() {
        logins.asAdmin();
        String inbox = "inbox?source=feedback&q=" + TOKEN;
        browser.open(inbox);
        openTheItem();
        VaadinInputs.choose(browser, ".inbox-workflow vaadin-select", "Resolved");
        browser.type(".inbox-workflow vaadin-text-area textarea", "Router replaced in the reading room");
        browser.clickButton(".inbox-workflow vaadin-button", "Save");
        await("the change confirmed").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> browser.text(".inbox-save-status").equals("Saved."));

        browser.open(inbox);
        browser.awaitUntil("the item's row", () -> browser.texts(".inbox-grid vaadin-grid-cell-content")
                .contains("Resolved"));
        openTheItem();
        assertThat(browser.text(".inbox-facts")).contains("Status\nResolved")
                .contains("Router replaced in the reading room");
    }

    @Test
    @Order(6)
    void a_readers_markup_and_formulas_are_shown_and_exported_as_plain_text() {
        logins.asManager();
        browser.open("inbox?source=feedback&q=" + TOKEN);
        browser.awaitUntil("the reader's markup as text", () -> browser.texts(".inbox-grid vaadin-grid-cell-content")
                .stream().anyMatch(cell -> cell.startsWith("<img src=x onerror=")));

        assertThat(browser.driver().executeScript("return window.fikrXss === undefined;")).isEqualTo(true);
        assertThat(browser.driver().executeScript(
                "return document.querySelectorAll('.inbox-grid img, .inbox-grid script').length;")).isEqualTo(0L);
        browser.awaitUntil("the export links", () -> !browser.text(".inbox-list a.export-csv").isEmpty());
        String csv = VaadinInputs.utf8(VaadinInputs.download(browser, ".inbox-list a.export-csv"));
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://example.org/" + TOKEN)
                .contains("<img src=x onerror=");
    }

    @Test
    @Order(7)
    void an_admin_publishes_a_survey_from_a_template_and_the_filter_bar_then_offers_it() {
        logins.asAdmin();
        browser.open("surveys");
        browser.clickButton("vaadin-button.surveys-create", "Create from a template");
        browser.awaitUntil("the templates", () -> !browser.texts("vaadin-dialog.template-dialog .template-name")
                .isEmpty());
        VaadinInputs.radio(browser, "vaadin-dialog.template-dialog", "About your visit today");
        browser.type("vaadin-dialog.template-dialog vaadin-text-field input", NEW_SURVEY);
        VaadinInputs.radio(browser, "vaadin-dialog.template-dialog", "Publish it now");
        browser.clickButton("vaadin-dialog.template-dialog vaadin-button", "Create");

        browser.awaitUntil("the new survey's page", () -> browser.address().equals("surveys/" + NEW_SURVEY)
                && !browser.text("h1").isEmpty());
        assertThat(browser.text(".survey-facts")).isEqualTo("Id: " + NEW_SURVEY + " · Status: Published");
        browser.open("?survey=demo");
        assertThat(VaadinInputs.offered(browser, "#filter-survey")).anyMatch(survey -> survey.endsWith(
                "(" + NEW_SURVEY + ")"));
    }

    @Test
    @Order(8)
    void the_csv_link_of_a_table_downloads_the_table_in_utf8_with_a_byte_order_mark() {
        logins.asManager();
        browser.open("compare?survey=demo&question=satisfaction&by=branch" + DashboardPages.lastYear());
        browser.awaitUntil("the table's links", () -> !browser.text(".compare-results a.export-csv").isEmpty());

        byte[] csv = VaadinInputs.download(browser, ".compare-results a.export-csv");

        assertThat(Arrays.copyOf(csv, 3)).as(VaadinInputs.utf8(csv)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("Group,Mean,95% interval from,95% interval to,n\r\n");
        assertThat(text.split("\r\n")).hasSize(1 + DemoResponses.BRANCHES.size());
    }

    @Test
    @Order(9)
    void every_page_has_no_serious_accessibility_violations_and_is_photographed() {
        logins.asAdmin();
        List<String> violations = new ArrayList<>();
        for (DashboardPages page : DashboardPages.all()) {
            page.open(browser);
            browser.chromium().screenshot(page.name());
            if (!page.chart().isEmpty()) {
                browser.scrollTo(page.chart());
                browser.chromium().screenshot(page.name() + "-chart");
                browser.driver().executeScript("window.scrollTo(0, 0);");
            }
            violations.addAll(browser.seriousViolations(page.name()));
        }
        browser.signedOut();
        browser.awaitUntil("the login form", () -> !browser.text("vaadin-login-form").isEmpty());
        browser.awaitQuiet();
        browser.chromium().screenshot("login");
        violations.addAll(browser.seriousViolations("login"));
        assertThat(violations).as("serious or critical accessibility violations").isEmpty();
    }

    @Test
    @Order(10)
    void the_overview_in_uzbek_and_in_russian_speaks_that_language_without_serious_accessibility_violations() {
        logins.asManager();
        browser.open("?survey=demo" + DashboardPages.lastYear());
        record Language(String tag, String name, String overview, String demoSurvey) {}
        try {
            SoftAssertions.assertSoftly(softly -> {
                for (Language language : List.of(
                        new Language("uz", "Oʻzbekcha", "Umumiy koʻrinish", "Kutubxonamiz haqida fikringiz (demo)"),
                        new Language("ru", "Русский", "Обзор", "Ваше мнение о нашей библиотеке (demo)"))) {
                    VaadinInputs.choose(browser, "vaadin-select.language-switch", language.name());
                    browser.awaitUntil("the overview in " + language.tag(), () -> browser.text("h1")
                            .equals(language.overview()) && language.tag().equals(browser.driver().executeScript(
                                    "return document.documentElement.lang;")) && browser.chartsDrawn());
                    browser.awaitQuiet();
                    browser.chromium().screenshot("overview-" + language.tag());
                    softly.assertThat(browser.seriousViolations("overview in " + language.tag())).isEmpty();
                    softly.assertThat(browser.value("#filter-survey input")).as("the survey in the filter bar")
                            .isEqualTo(language.demoSurvey());
                }
            });
        }
        finally {
            VaadinInputs.choose(browser, "vaadin-select.language-switch", "English");
        }
    }

    @Test
    @Order(11)
    void a_manager_writes_last_months_report_watches_it_progress_and_downloads_the_pdf_analytics_archived()
            throws Exception {
        logins.asManager();
        browser.open("reports?survey=demo");
        browser.awaitUntil("the on-demand form", () -> !browser.text(".report-on-demand").isEmpty());

        long asked = System.nanoTime();
        browser.clickButton("vaadin-button.report-write", "Write the report");

        browser.awaitUntil("the written report", () -> browser.text(".report-run-status")
                .equals("Done: the report is ready and in the archive.")
                && !browser.text(".report-run-result a.report-download-pdf").isEmpty());
        log.info("a month's report of a year of demo history written and offered for download after {} ms",
                (System.nanoTime() - asked) / 1_000_000);
        browser.chromium().screenshot("reports-written");
        byte[] downloaded = VaadinInputs.download(browser, ".report-run-result a.report-download-pdf");
        assertThat(new String(downloaded, 0, 5, StandardCharsets.US_ASCII)).as(VaadinInputs.utf8(downloaded))
                .isEqualTo("%PDF-");
        assertThat(downloaded).as("the bytes analytics-service archived").isEqualTo(archivedPdfOfTheNewestReport());
        assertThat(browser.texts(".report-grid vaadin-grid-cell-content")).contains("Monthly report on readers’ opinions");
    }

    /** The newest archived report's PDF, as analytics-service serves it to the dashboard. */
    private static byte[] archivedPdfOfTheNewestReport() throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            URI analytics = stack.analyticsService();
            String list = client.send(analyticsRequest(analytics.resolve("/api/v1/reports?limit=1")),
                    HttpResponse.BodyHandlers.ofString()).body();
            String id = JsonMapper.shared().readTree(list).get("reports").get(0).get("id").asString();
            return client.send(analyticsRequest(analytics.resolve("/api/v1/reports/" + id + "/pdf")),
                    HttpResponse.BodyHandlers.ofByteArray()).body();
        }
    }

    private static HttpRequest analyticsRequest(URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", AnalyticsLogin.header()).build();
    }

    /** Finds the reader's feedback in the inbox list and opens it beside the list. */
    private static void openTheItem() {
        browser.awaitUntil("the reader's feedback", () -> browser.texts(".inbox-grid vaadin-grid-cell-content")
                .stream().anyMatch(cell -> cell.startsWith(TOKEN)));
        // the row's first cell: the text column may reach beyond the grid's visible width
        WebElement received = (WebElement) browser.driver().executeScript("""
                const text = Array.from(document.querySelectorAll('.inbox-grid vaadin-grid-cell-content'))
                    .find(cell => cell.innerText.startsWith(arguments[0]));
                return text.assignedSlot.closest('tr').querySelector('td slot').assignedElements()[0];""", TOKEN);
        browser.shown(received).click();
        browser.awaitSettled();
        browser.awaitUntil("the item beside the list", () -> browser.text(".inbox-detail .inbox-text")
                .startsWith(TOKEN));
    }
}
