package uz.fikr.e2e.dashboard;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.awaitility.core.ConditionFactory;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import uz.fikr.testsupport.Chromium;

/**
 * The dashboard in one headless Chromium: opening pages, logging in and out, waiting until Vaadin has answered, and
 * reading what the page shows. Texts are read with JavaScript, as the page renders them on screen, so that a
 * redraw by Vaadin never leaves a test holding a stale element.
 */
final class DashboardBrowser implements AutoCloseable {

    static final Duration PAGE = Duration.ofSeconds(20);
    private static final String SETTLED = """
            const flow = window.Vaadin && window.Vaadin.Flow;
            return document.readyState === 'complete' && !!flow && !!flow.clients
                && Object.values(flow.clients).every(client => !client.isActive());""";

    private final URI dashboard;
    private final Chromium chromium;
    private final ChromeDriver driver;
    private @Nullable String signedIn;

    DashboardBrowser(URI dashboard, Path screenshots) throws IOException {
        this.dashboard = dashboard;
        this.chromium = new Chromium(screenshots);
        this.driver = chromium.driver();
    }

    ChromeDriver driver() {
        return driver;
    }

    Chromium chromium() {
        return chromium;
    }

    /** Opens a page of the dashboard, e.g. {@code compare?survey=demo}, and waits until Vaadin has drawn it. */
    void open(String page) {
        driver.get(dashboard.resolve("/" + page).toString());
        awaitSettled();
    }

    /** Logs in as {@code user} unless already logged in as them; anyone else is logged out first. */
    void signIn(String user, String password) {
        if (user.equals(signedIn)) {
            return;
        }
        signedOut();
        pressLogIn(user, password);
        waiting().until(() -> !driver.getCurrentUrl().contains("/login"));
        awaitSettled();
    }

    /** Forgets the session (as a new browser would), then opens the login page. */
    void signedOut() {
        driver.manage().deleteAllCookies();
        signedIn = null;
        open("login");
    }

    /** Types the name and password into the login form and presses "Log in"; returns when it was pressed. */
    long pressLogIn(String user, String password) {
        waiting().until(() -> !driver.findElements(By.cssSelector("#vaadinLoginUsername input")).isEmpty());
        type("#vaadinLoginUsername input", user);
        type("#vaadinLoginPassword input", password);
        long pressed = System.nanoTime();
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        signedIn = user;
        return pressed;
    }

    /** Presses "Log out" in the header. */
    void logOut() {
        clickButton(".app-header vaadin-button", "Log out");
        waiting().until(() -> driver.getCurrentUrl().contains("/login"));
        signedIn = null;
        awaitSettled();
    }

    void back() {
        driver.navigate().back();
        awaitSettled();
    }

    /** The address shown, relative to the dashboard, e.g. {@code compare?survey=demo&by=branch}. */
    String address() {
        return dashboard.relativize(URI.create(driver.getCurrentUrl())).toString();
    }

    /** The text of the first element {@code css} selects, as the page shows it; empty when there is none. */
    String text(String css) {
        return texts(css).stream().findFirst().orElse("");
    }

    /** The texts of every visible element {@code css} selects. */
    List<String> texts(String css) {
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) driver.executeScript("""
                return Array.from(document.querySelectorAll(arguments[0]))
                    .filter(e => e.getClientRects().length > 0).map(e => e.innerText.trim());""", css);
        return texts;
    }

    /** The value of the input {@code css} selects. */
    String value(String css) {
        return String.valueOf(driver.executeScript("return document.querySelector(arguments[0]).value;", css));
    }

    /** Whether a visible chart {@code css} selects has drawn SVG shapes. */
    boolean chartDrawn(String css) {
        return (Boolean) driver.executeScript("""
                return Array.from(document.querySelectorAll(arguments[0]))
                    .some(chart => chart.getClientRects().length > 0
                        && chart.querySelectorAll('svg path').length > 0);""", css);
    }

    /** Whether every chart on screen has drawn its SVG shapes (ECharts draws after Vaadin has sent the data). */
    boolean chartsDrawn() {
        return (Boolean) driver.executeScript("""
                return Array.from(document.querySelectorAll('fikr-echart'))
                    .filter(chart => chart.getClientRects().length > 0)
                    .every(chart => chart.querySelectorAll('svg path').length > 0);""");
    }

    /** Scrolls the first visible element {@code css} selects to the middle of the screen. */
    void scrollTo(String css) {
        driver.executeScript("""
                const shown = Array.from(document.querySelectorAll(arguments[0]))
                    .find(e => e.getClientRects().length > 0);
                if (shown) shown.scrollIntoView({block: 'center'});""", css);
    }

    /** Types into a text input (the {@code input} or {@code textarea} inside a Vaadin field). */
    void type(String css, String text) {
        WebElement input = shown(driver.findElement(By.cssSelector(css)));
        input.clear();
        input.sendKeys(text);
    }

    /** Clicks the visible {@code vaadin-button} that {@code css} selects and that says {@code label}. */
    void clickButton(String css, String label) {
        waiting().until(() -> button(css, label) != null);
        shown(button(css, label)).click();
        awaitSettled();
    }

    /** Scrolls {@code element} to the middle of the screen, where nothing covers it, and returns it. */
    WebElement shown(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return element;
    }

    private @Nullable WebElement button(String css, String label) {
        return driver.findElements(By.cssSelector(css)).stream()
                .filter(button -> button.isDisplayed() && button.getText().trim().equals(label))
                .findFirst().orElse(null);
    }

    /** What axe-core finds on the page on screen (none, or one description), so every page can be checked. */
    List<String> seriousViolations(String page) {
        try {
            chromium.assertNoSeriousViolations("the " + page + " page");
            return List.of();
        }
        catch (AssertionError found) {
            return List.of(found.getMessage());
        }
    }

    /** Waits until Vaadin has no request under way and no response to apply. */
    void awaitSettled() {
        waiting().until(() -> (Boolean) driver.executeScript(SETTLED));
    }

    /** Waits until Vaadin has settled and its loading bar has faded, e.g. before a screenshot. */
    void awaitQuiet() {
        awaitSettled();
        waiting().until(() -> (Boolean) driver.executeScript("""
                const bar = document.querySelector('.v-loading-indicator');
                return !bar || getComputedStyle(bar).opacity === '0';"""));
    }

    /** Waits until {@code condition} holds, at most {@link #PAGE}; the page may redraw meanwhile. */
    void awaitUntil(String what, Callable<Boolean> condition) {
        waiting().alias(what).until(condition);
    }

    ConditionFactory waiting() {
        return await().atMost(PAGE).pollInterval(Duration.ofMillis(50))
                .ignoreExceptionsMatching(redrawn -> redrawn instanceof StaleElementReferenceException
                        || redrawn instanceof NoSuchElementException || redrawn instanceof JavascriptException);
    }

    @Override
    public void close() throws IOException {
        chromium.close();
    }
}
