package uz.fikr.e2e.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * Every page of the dashboard with the address that shows it with figures, and what is on screen once it is
 * ready: for a reviewer's screenshot and for the accessibility check.
 *
 * @param name the screenshot's name
 * @param chart a chart worth a second screenshot, scrolled into view, or empty
 */
record DashboardPages(String name, String address, String ready, String chart) {

    /** The pages a logged-in admin sees, with a year of figures where a page has figures. */
    static List<DashboardPages> all() {
        String year = lastYear();
        return List.of(
                new DashboardPages("overview", "?survey=demo" + year, "#kpi-responses .kpi-value", ""),
                new DashboardPages("quality", "quality?survey=service-quality" + year, "#quality-items table",
                        "#quality-items fikr-echart"),
                new DashboardPages("needs", "needs?survey=service-quality" + year, ".chart-section table",
                        ".chart-section fikr-echart"),
                new DashboardPages("compare", "compare?survey=demo" + year + "&question=satisfaction&by=branch",
                        ".compare-summary", ""),
                new DashboardPages("trends", "trends?survey=demo" + year, ".trend-panel", ".trend-chart"),
                new DashboardPages("inbox", "inbox", ".inbox-count", ""),
                new DashboardPages("surveys", "surveys", ".survey-grid vaadin-grid", ""),
                new DashboardPages("reports", "reports?survey=demo", ".report-grid", ""),
                new DashboardPages("users", "users", ".user-list vaadin-grid", ""));
    }

    /** The query parameters of the year up to today in the library's calendar: {@code &from=...&to=...}. */
    static String lastYear() {
        LocalDate today = LocalDate.now(DemoData.TASHKENT);
        return "&from=" + today.minusYears(1) + "&to=" + today;
    }

    /** Opens the page and waits until it shows what it is for, every chart on screen drawn. */
    void open(DashboardBrowser browser) {
        browser.open(address);
        browser.awaitUntil(name + " shows " + ready, () -> !browser.text(ready).isEmpty()
                && !browser.text("h1").isEmpty() && browser.chartsDrawn());
        browser.awaitQuiet();
    }
}
