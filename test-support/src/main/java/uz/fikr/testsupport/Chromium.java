package uz.fikr.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its own chromedriver, with a fresh profile that is deleted on close. CI
 * installs both ({@code apt-get install chromium chromium-driver}); without them the browser tests fail, saying so.
 * Modules that use it declare {@code selenium-java} and axe-core's {@code selenium} themselves.
 */
public final class Chromium implements AutoCloseable {

    public static final Path BROWSER = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Set<String> SERIOUS = Set.of("serious", "critical");

    private final Path profile;
    private final Path screenshots;
    private final ChromeDriver driver;

    /** A browser at 1280×1000 CSS pixels that saves screenshots into {@code screenshots}. */
    public Chromium(Path screenshots) throws IOException {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("The browser tests need Chromium at %s and chromedriver at %s: "
                    .formatted(BROWSER, DRIVER) + "apt-get install chromium chromium-driver (./fikr test does)");
        }
        this.screenshots = screenshots;
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

    public ChromeDriver driver() {
        return driver;
    }

    /** The top of the page, then each of these elements at the top of the screen: for a person to look at. */
    public void screenshots(String name, String... ids) {
        driver.executeScript("window.scrollTo(0, 0);");
        screenshot(name);
        for (String id : ids) {
            driver.executeScript("document.getElementById(arguments[0]).scrollIntoView();", id);
            screenshot(name + "-" + id);
        }
    }

    /** The whole visible screen as {@code <screenshots>/<name>.png}. */
    public void screenshot(String name) {
        try {
            Path file = screenshots.resolve(name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lays the page out as a screen this many CSS pixels wide would, at this zoom (2.0 is 200%). */
    public void viewport(int cssWidth, int cssHeight, double zoom) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", cssWidth, "height",
                cssHeight, "deviceScaleFactor", zoom, "mobile", false));
    }

    public void desktop() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Whether the page is wider than the screen: what makes a reader scroll sideways. */
    public boolean scrollsSideways() {
        return (Boolean) driver.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
    }

    /** Fails with every violation of WCAG 2.2 A/AA that axe-core finds on the page, and where. */
    public void assertAccessible(String what) {
        failOn(what, violations(rule -> true));
    }

    /** Fails with every serious or critical violation of WCAG 2.2 A/AA that axe-core finds on the page. */
    public void assertNoSeriousViolations(String what) {
        failOn(what, violations(rule -> SERIOUS.contains(rule.getImpact())));
    }

    private List<Rule> violations(java.util.function.Predicate<Rule> which) {
        Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
        return results.getViolations().stream().filter(which).toList();
    }

    private static void failOn(String what, List<Rule> violations) {
        if (!violations.isEmpty()) {
            throw new AssertionError(what + " has accessibility violations:\n"
                    + violations.stream().map(Chromium::describe).collect(Collectors.joining("\n")));
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
        }
        finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
