package uz.fikr.dashboard;

import com.vaadin.browserless.SpringBrowserlessTest;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A browserless view test against {@link FakeApi} stand-ins for analytics-service and survey-service. The two fakes
 * live as long as the test JVM, so every test class built on this shares one Spring context; each test starts with
 * fakes that know no answers and remember no requests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
public abstract class FakeServicesTest extends SpringBrowserlessTest {

    protected static final FakeApi analytics = FakeApi.start();
    protected static final FakeApi surveys = FakeApi.start();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            analytics.close();
            surveys.close();
        }, "fake-services-stop"));
    }

    @DynamicPropertySource
    static void fakeServices(DynamicPropertyRegistry registry) {
        registry.add("fikr.analytics.url", analytics::url);
        registry.add("fikr.surveys.url", surveys::url);
    }

    @BeforeEach
    void forgetEarlierAnswersAndRequests() {
        analytics.reset();
        surveys.reset();
    }
}
