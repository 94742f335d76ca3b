package uz.fikr.dashboard.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

import uz.fikr.dashboard.FakeAnalyticsServer;
import uz.fikr.dashboard.SurveySummaries;
import uz.fikr.dashboard.chart.EChart;
import uz.fikr.dashboard.security.LoginView;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ViewPackages(classes = {SurveySummaryView.class, LoginView.class})
@WithMockUser(roles = "MANAGER")
class SurveySummaryViewTests extends SpringBrowserlessTest {

    private static final String UNAVAILABLE = "The analytics service cannot be reached right now."
            + " This page keeps trying and shows the numbers as soon as it is back.";

    private static final FakeAnalyticsServer analytics = FakeAnalyticsServer.start();

    @DynamicPropertySource
    static void pointAtFakeAnalytics(DynamicPropertyRegistry registry) {
        registry.add("fikr.analytics.url", analytics::url);
    }

    @AfterAll
    static void stopFakeAnalytics() {
        analytics.close();
    }

    @BeforeEach
    void documentedExample() {
        analytics.answer(SurveySummaries.DOCUMENTED_EXAMPLE);
    }

    @Test
    void shows_the_survey_title_and_the_response_count_from_analytics() {
        navigate(SurveySummaryView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Demo survey: library service quality");
        assertThat(responseCountLabel()).isEqualTo("Responses");
        assertThat(responseCount()).isEqualTo("42");
    }

    @Test
    void the_chart_receives_the_counts_of_ratings_1_to_5() {
        navigate(SurveySummaryView.class);

        JsonNode option = chartOption();
        assertThat(option.at("/xAxis/data").valueStream().map(JsonNode::asString)).containsExactly("1", "2", "3", "4", "5");
        assertThat(option.at("/series/0/data").valueStream().map(JsonNode::asLong)).containsExactly(2L, 3L, 5L, 10L, 20L);
    }

    @Test
    void describes_the_chart_in_text_with_mean_n_and_a_count_per_rating() {
        navigate(SurveySummaryView.class);

        assertThat(texts($(Paragraph.class).all())).contains("Mean 4.1 of 5, n = 40");
        assertThat(tableRows()).containsExactly("1=2", "2=3", "3=5", "4=10", "5=20");
    }

    @Test
    void shows_a_friendly_message_instead_of_numbers_when_analytics_is_down() {
        analytics.failWith(503);

        navigate(SurveySummaryView.class);

        assertThat(texts($(Paragraph.class).all())).contains(UNAVAILABLE);
        assertThat($(EChart.class).all()).as("charts on screen").isEmpty();
    }

    @Test
    void keeps_polling_while_analytics_is_down_and_shows_the_numbers_once_it_is_back() {
        analytics.failWith(500);
        navigate(SurveySummaryView.class);

        analytics.answer(SurveySummaries.demo(43, 2, 3, 5, 10, 21));
        poll();

        assertThat(responseCount()).isEqualTo("43");
        assertThat(texts($(Paragraph.class).all())).doesNotContain(UNAVAILABLE);
    }

    @Test
    void a_poll_shows_the_new_numbers_when_responses_arrived() {
        analytics.answer(SurveySummaries.demo(42, 2, 3, 5, 10, 20));
        navigate(SurveySummaryView.class);

        analytics.answer(SurveySummaries.demo(45, 2, 3, 5, 10, 23));
        poll();

        assertThat(responseCount()).isEqualTo("45");
        assertThat(chartOption().at("/series/0/data/4").asLong()).isEqualTo(23);
    }

    @Test
    void a_poll_with_unchanged_numbers_leaves_the_chart_alone() {
        navigate(SurveySummaryView.class);
        JsonNode drawn = chartOption();
        int requestsBefore = analytics.summaryRequests();

        poll();

        assertThat(analytics.summaryRequests()).isEqualTo(requestsBefore + 1);
        assertThat(chartOption()).isSameAs(drawn);
    }

    @Test
    void asks_the_browser_to_poll_every_two_seconds() {
        navigate(SurveySummaryView.class);

        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(2_000);
    }

    @Test
    void speaks_uzbek_with_numbers_formatted_for_uzbek() {
        analytics.answer(SurveySummaries.demo(1234, 100, 100, 200, 400, 434));
        navigate(SurveySummaryView.class);

        UI.getCurrent().setLocale(Locale.of("uz"));

        assertThat(responseCountLabel()).isEqualTo("Javoblar");
        assertThat(responseCount()).isEqualTo("1\u00a0234");
        assertThat(texts($(Paragraph.class).all())).contains("Oʻrtacha baho: 3,8 (5 balldan), n = 1\u00a0234");
    }

    private static void poll() {
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }

    private String responseCount() {
        return $(Span.class).withClassName("response-count-value").single().getText();
    }

    private String responseCountLabel() {
        return $(Span.class).withClassName("response-count-label").single().getText();
    }

    private JsonNode chartOption() {
        return $(EChart.class).single().getOption().orElseThrow();
    }

    private List<String> tableRows() {
        return $(NativeTableRow.class).all().stream()
                .filter(row -> !row.getDataCells().isEmpty())
                .map(row -> row.getHeaderCell(0).orElseThrow().getText() + "="
                        + row.getDataCells().stream().map(NativeTableCell::getText).findFirst().orElseThrow())
                .toList();
    }

    private static List<String> texts(List<Paragraph> paragraphs) {
        return paragraphs.stream().map(Paragraph::getText).toList();
    }
}
