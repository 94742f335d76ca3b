package uz.fikr.survey.form;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import uz.fikr.survey.survey.SurveyCatalog;
import uz.fikr.testsupport.Chromium;

/**
 * The service with a reader in real headless Chromium: one browser per test class, and each test a new reader with
 * nothing kept on the device. {@link #published} sees what reaches Kafka during the test.
 */
@FormServiceTest
abstract class ReaderInChromium {

    static Chromium chromium;
    static ChromeDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    SurveyCatalog catalog;

    PublishedResponses published;

    @BeforeAll
    static void startChromium() throws IOException {
        chromium = new Chromium(Path.of("target", "browser-screenshots"));
        browser = chromium.driver();
    }

    @AfterAll
    static void quitChromium() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** Each test starts as a new reader: nothing kept on the device, no cookies, a desktop screen. */
    @BeforeEach
    void newReader() {
        FormSurveys.ensurePublished(broker, catalog);
        published = new PublishedResponses(broker);
        chromium.desktop();
        browser.get(url("/s/demo/thanks"));
        browser.manage().deleteAllCookies();
        browser.executeScript("window.localStorage.clear();");
    }

    /** Presses the form's send button and waits for the next page. */
    void send() {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector("button.send")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            try {
                page.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            }
        });
    }

    @AfterEach
    void closeConsumer() {
        published.close();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
