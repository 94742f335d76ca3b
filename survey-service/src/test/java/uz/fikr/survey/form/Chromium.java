package uz.fikr.survey.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its own chromedriver, with a fresh profile that is deleted on close. CI
 * installs both ({@code apt-get install chromium chromium-driver}); without them the browser tests fail, saying so.
 */
final class Chromium implements AutoCloseable {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final Path profile;
    private final ChromeDriver driver;

    Chromium() throws IOException {
        assertThat(BROWSER).as("the browser tests need Chromium at %s: apt-get install chromium chromium-driver",
                BROWSER).isExecutable();
        assertThat(DRIVER).as("the browser tests need chromedriver at %s: apt-get install chromium-driver", DRIVER)
                .isExecutable();
        profile = Files.createTempDirectory("fikr-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--lang=en-US", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** A reader new to the service: nothing kept on the device, no cookies, a desktop screen. */
    void newReader(String anyPage) {
        desktop();
        driver.get(anyPage);
        driver.manage().deleteAllCookies();
        driver.executeScript("window.localStorage.clear();");
    }

    /** Presses the form's send button and waits for the next page. */
    void send() {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.cssSelector("button.send")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            try {
                page.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            }
        });
    }

    /** The top of the page, then each of these elements at the top of the screen: for a person to look at. */
    void screenshots(String name, String... ids) {
        driver.executeScript("window.scrollTo(0, 0);");
        screenshot(name);
        for (String id : ids) {
            driver.executeScript("document.getElementById(arguments[0]).scrollIntoView();", id);
            screenshot(name + "-" + id);
        }
    }

    /** Lays the page out as a screen this many CSS pixels wide would, at this zoom (2.0 is 200%). */
    void viewport(int cssWidth, int cssHeight, double zoom) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", cssWidth, "height",
                cssHeight, "deviceScaleFactor", zoom, "mobile", false));
    }

    void desktop() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Whether the page is wider than the screen: what makes a reader scroll sideways. */
    boolean scrollsSideways() {
        return (Boolean) driver.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
    }

    /** Fails with every violation of WCAG 2.2 A/AA that axe-core finds on the page, and where. */
    void assertAccessible(String what) {
        Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
        assertThat(results.getViolations()).as(() -> what + " has accessibility violations:\n"
                + results.getViolations().stream().map(Chromium::describe).collect(Collectors.joining("\n")))
                .isEmpty();
    }

    private void screenshot(String name) {
        try {
            Path file = Path.of("target", "browser-screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Rule rule) {
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
                + rule.getNodes().stream().map(node -> "    " + node.getTarget() + "  " + node.getHtml() + "\n      "
                        + String.valueOf(node.getFailureSummary()).replace("\n", "\n      "))
                        .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
