package uz.fikr.e2e.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
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
import uz.fikr.demo.DemoResponses;

/**
 * The managers' dashboard in real headless Chromium, against the whole of Fikr started from its runnable jars, with
 * a year of demo history in Kafka and today's responses and feedback sent as readers send them. Each test is a
 * user's journey and checks what the user sees. Screenshots of every page go to target/dashboard-screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardInChromiumEndToEndTests {

    private static final Logger log = LoggerFactory.getLogger(DashboardInChromiumEndToEndTests.class);
    private static final Path SCREENSHOTS = Path.of("target", "dashboard-screenshots");
    private static final String MANAGER = "nilufar";
    private static final String MANAGER_PASSWORD = "manager-" + Long.toHexString(System.nanoTime());
    private static final String TOKEN = "wifi" + Long.toHexString(System.nanoTime());
    private static final List<String> FEEDBACK = List.of(
            TOKEN + ": the Wi-Fi in the reading room drops every few minutes.",
            "The e-library does not open on my phone.",
            "Please add a socket near every desk for laptops.");
    private static final String NEW_SURVEY = "visit-e2e";
    /** A figure as the dashboard writes it in English: 1,234 or 3.8 or 65% or −6. */
    private static final Pattern FIGURE = Pattern.compile("[−+]?[0-9][0-9,.]*%?");

    private static DashboardStack stack;
    private static DashboardBrowser browser;
    private static boolean managerAdded;

    @BeforeAll
    static void startTheStackAndTheBrowser() throws Exception {
        stack = DashboardStack.start(started -> new DemoData(started).load(FEEDBACK));
        browser = new DashboardBrowser(stack.dashboard(), SCREENSHOTS);
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
        browser.signIn(DashboardStack.ADMIN, stack.password());
        addTheManager();
        browser.logOut();

        long pressed = browser.pressLogIn(MANAGER, MANAGER_PASSWORD);
        browser.awaitUntil("the key figures", () -> FIGURE.matcher(browser.text("#kpi-responses .kpi-value"))
                .matches());
        log.info("dashboard overview visible after {} ms", Duration.ofNanos(System.nanoTime() - pressed).toMillis());

        assertThat(browser.text("h1")).isEqualTo("Overview");
        assertThat(browser.texts(".kpi-card .kpi-value")).hasSize(4).allMatch(value -> FIGURE.matcher(value).matches());
        browser.awaitUntil("a drawn trend", () -> browser.chartDrawn(".kpi-card fikr-echart"));
        assertThat(browser.text(".current-user")).isEqualTo(MANAGER);
        assertThat(browser.texts("vaadin-side-nav-item")).doesNotContain("Users");
    }

    @Test
    @Order(2)
    void the_users_page_shows_manager_as_the_role_of_a_new_user_until_the_admin_chooses_another() {
        browser.signIn(DashboardStack.ADMIN, stack.password());
        browser.open("users");

        assertThat(VaadinInputs.chosen(browser, ".add-user vaadin-select.user-role")).isEqualTo("Manager");
    }

    @Test
    @Order(3)
    void choosing_a_branch_changes_the_figures_and_the_address_and_back_brings_the_previous_figures_back() {
        asManager();
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
        asManager();
        browser.open("?survey=service-quality" + year());
        browser.awaitUntil("the alerts", () -> !browser.text(".quality-alerts p").isEmpty());
        List<String> alerts = browser.texts(".quality-alerts .alert a");
        String item;
        if (alerts.isEmpty()) {
            log.info("The demo data raised no service-quality alert; opening the item directly");
            browser.open("quality?survey=service-quality&item=q_info_4" + year());
            item = "Reading the e-library from home";
        }
        else {
            item = alerts.getFirst().substring(alerts.getFirst().indexOf(':') + 1).trim();
            browser.shown(browser.driver().findElement(By.cssSelector(".quality-alerts .alert a"))).click();
            browser.awaitSettled();
        }

        browser.awaitUntil("the marked item", () -> !browser.text("#quality-items tr[aria-current='true']").isEmpty());
        assertThat(browser.address()).startsWith("quality?").contains("item=").contains(year().substring(1));
        assertThat(browser.text("h1")).isEqualTo("Service quality");
        assertThat(browser.texts("#quality-items tr.selected")).singleElement().asString().contains(item)
                .contains("Selected");
    }

    @Test
    @Order(5)
    void comparing_satisfaction_by_branch_says_what_the_test_found_in_words_and_lists_each_branch_once() {
        asManager();
        browser.open("compare?survey=demo" + year());
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
        browser.signIn(DashboardStack.ADMIN, stack.password());
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
    @Order(7)
    void an_admin_publishes_a_survey_from_a_template_and_the_filter_bar_then_offers_it() {
        browser.signIn(DashboardStack.ADMIN, stack.password());
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
        asManager();
        browser.open("compare?survey=demo&question=satisfaction&by=branch" + year());
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
        browser.signIn(DashboardStack.ADMIN, stack.password());
        List<String> violations = new ArrayList<>();
        for (DashboardPages page : DashboardPages.all()) {
            page.open(browser);
            browser.chromium().screenshot(page.name());
            if (!page.chart().isEmpty()) {
                browser.scrollTo(page.chart());
                browser.chromium().screenshot(page.name() + "-chart");
                browser.driver().executeScript("window.scrollTo(0, 0);");
            }
            violations.addAll(violations(page.name()));
        }
        browser.signedOut();
        browser.awaitUntil("the login form", () -> !browser.text("vaadin-login-form").isEmpty());
        browser.awaitQuiet();
        browser.chromium().screenshot("login");
        violations.addAll(violations("login"));
        assertThat(violations).as("serious or critical accessibility violations").isEmpty();
    }

    @Test
    @Order(10)
    void the_overview_in_uzbek_and_in_russian_has_no_serious_accessibility_violations() {
        asManager();
        browser.open("?survey=demo" + year());
        try {
            for (String[] language : new String[][] {{"Oʻzbekcha", "uz", "Umumiy koʻrinish"},
                {"Русский", "ru", "Обзор"}}) {
                VaadinInputs.choose(browser, "vaadin-select.language-switch", language[0]);
                browser.awaitUntil("the overview in " + language[1], () -> browser.text("h1").equals(language[2])
                        && language[1].equals(browser.driver().executeScript("return document.documentElement.lang;"))
                        && browser.chartsDrawn());
                browser.awaitQuiet();
                browser.chromium().screenshot("overview-" + language[1]);
                browser.chromium().assertNoSeriousViolations("the overview in " + language[1]);
            }
        }
        finally {
            VaadinInputs.choose(browser, "vaadin-select.language-switch", "English");
        }
    }

    /** What axe-core finds on the page on screen, so that every page is checked before the test fails. */
    private static List<String> violations(String page) {
        try {
            browser.chromium().assertNoSeriousViolations("the " + page + " page");
            return List.of();
        }
        catch (AssertionError found) {
            return List.of(found.getMessage());
        }
    }

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

    /** The admin adds the manager on the Users page, as an admin does. */
    private static void addTheManager() {
        browser.open("users");
        browser.type(".add-user vaadin-text-field.user-name input", MANAGER);
        VaadinInputs.choose(browser, ".add-user vaadin-select.user-role", "Manager");
        browser.type(".add-user vaadin-password-field.password input", MANAGER_PASSWORD);
        browser.type(".add-user vaadin-password-field.password-repeat input", MANAGER_PASSWORD);
        browser.clickButton(".add-user vaadin-button.add-user-button", "Add user");
        browser.awaitUntil("the manager in the list", () -> browser.texts(".user-list vaadin-grid-cell-content")
                .contains(MANAGER));
        List<String> cells = browser.texts(".user-list vaadin-grid-cell-content");
        assertThat(cells.get(cells.indexOf(MANAGER) + 1)).isEqualTo("Manager");
        managerAdded = true;
    }

    /** Logs in as the manager, whom the first test adds (or this, when that test did not run). */
    private static void asManager() {
        if (!managerAdded) {
            browser.signIn(DashboardStack.ADMIN, stack.password());
            addTheManager();
        }
        browser.signIn(MANAGER, MANAGER_PASSWORD);
    }

    /** The query of the last year up to today, in the library's calendar. */
    private static String year() {
        LocalDate today = LocalDate.now(DemoData.TASHKENT);
        return "&from=" + today.minusYears(1) + "&to=" + today;
    }
}
