package uz.fikr.survey.form;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import uz.fikr.survey.survey.SurveyCatalog;

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
        chromium = new Chromium();
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
        chromium.newReader(url("/s/demo/thanks"));
    }

    @AfterEach
    void closeConsumer() {
        published.close();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
