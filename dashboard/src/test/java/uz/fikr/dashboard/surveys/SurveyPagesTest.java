package uz.fikr.dashboard.surveys;

import com.vaadin.browserless.SpringBrowserlessTest;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uz.fikr.dashboard.FakeApi;

/**
 * The survey pages' tests: survey-service and analytics-service are stood in for by two {@link FakeApi} servers
 * that every test class of the pages shares (so they share one Spring context), forgetting their answers and
 * requests before each test. They stop when the test JVM does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "fikr.surveys.public-url=https://fikr.library.uz")
abstract class SurveyPagesTest extends SpringBrowserlessTest {

    static final FakeApi surveyService = FakeApi.start();
    static final FakeApi analytics = FakeApi.start();

    static {
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            surveyService.close();
            analytics.close();
        }));
    }

    @DynamicPropertySource
    static void pointAtFakes(DynamicPropertyRegistry registry) {
        registry.add("fikr.surveys.url", surveyService::url);
        registry.add("fikr.analytics.url", analytics::url);
    }

    @BeforeEach
    void forgetEarlierAnswers() {
        surveyService.reset();
        analytics.reset();
    }

    /** analytics-service counts 1,397 responses to the survey, and answers its comparisons by channel and branch. */
    static void analyticsCounts(String surveyId) {
        analytics.get("/api/v1/surveys/" + surveyId + "/summary", SurveyServiceJson.summary(surveyId, 1397));
        analytics.getWhenQuery("/api/v1/surveys/" + surveyId + "/compare", "by=channel",
                SurveyServiceJson.byChannel(surveyId));
        analytics.getWhenQuery("/api/v1/surveys/" + surveyId + "/compare", "by=branch",
                SurveyServiceJson.byBranch(surveyId));
    }
}
