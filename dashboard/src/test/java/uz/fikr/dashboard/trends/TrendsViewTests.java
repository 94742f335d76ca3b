package uz.fikr.dashboard.trends;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

import tools.jackson.databind.JsonNode;

import uz.fikr.dashboard.FakeServicesTest;
import uz.fikr.dashboard.SurveyJson;
import uz.fikr.dashboard.chart.EChart;
import uz.fikr.dashboard.security.LoginView;
import uz.fikr.dashboard.table.DataTable;
import uz.fikr.dashboard.table.TableExports;
import uz.fikr.events.survey.BuiltInSurveys;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.QuestionType;

@ViewPackages(classes = {TrendsView.class, LoginView.class})
@WithMockUser(roles = "MANAGER")
class TrendsViewTests extends FakeServicesTest {

    private static final String TREND = "/api/v1/surveys/demo/trend";
    private static final String FILTER = "survey=demo&from=2026-09-01&to=2026-11-29&branch=central";
    private static final String SATISFACTION = "How satisfied were you with the library today?"
            + " (1 – not at all, 5 – very satisfied)";
    private static final String RECOMMEND = "How likely are you to recommend our library to a friend?"
            + " (0 – not at all, 10 – certainly)";
    /**
     * A month too small to show, then analytics-service's reference months (TrendIntegrationTests): October
     * {4,5,3,4,4,5,2,4,3,5}, November {3,2,3,4,2,3,3,1,2,3,4,2}, and the significant fall between them.
     */
    private static final String MONTHS = """
            {"surveyId":"demo","questionId":"satisfaction","interval":"month","minimumGroupSize":5,"periods":[\
            {"start":"2026-09-01","suppressed":true},\
            {"start":"2026-10-01","n":10,"suppressed":false,"mean":3.9,\
            "meanInterval":{"lower":3.1886284003,"upper":4.6113715997},\
            "topTwoBox":{"count":7,"n":10,"share":0.7,"interval":{"lower":0.3967781475,"upper":0.8922087326}}},\
            {"start":"2026-11-01","n":12,"suppressed":false,"mean":2.6666666667,\
            "meanInterval":{"lower":2.1026964163,"upper":3.2306369170},\
            "topTwoBox":{"count":2,"n":12,"share":0.1666666667,"interval":{"lower":0.0469,"upper":0.4480}}}],\
            "lastChange":{"from":"2026-10-01","to":"2026-11-01","difference":-1.2333333333,\
            "pValue":0.0069369432,"significant":true,"statement":"Down from 3.90 (period of 2026-10-01) to 2.67\
             (period of 2026-11-01): a significant change (Welch's t-test, p = 0.007)."}}""";

    @BeforeEach
    void demoSurveyByMonth() {
        surveys.get(SurveyJson.LIST_PATH, SurveyJson.list(BuiltInSurveys.demo()))
                .get(SurveyJson.path(BuiltInSurveys.demo()), SurveyJson.versions(BuiltInSurveys.demo()));
        analytics.get(TREND, MONTHS);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void the_table_holds_the_trend_analytics_sent_with_suppressed_months_shown_as_suppressed() {
        open(FILTER);

        assertThat($(H1.class).single().getText()).isEqualTo("Trends");
        assertThat($(H2.class).single().getText()).isEqualTo(SATISFACTION);
        assertThat(rows()).containsExactly(
                "September 2026 | Suppressed (fewer than 5 respondents) |  |  | ",
                "October 2026 | 3.90 | 3.19 | 4.61 | 10",
                "November 2026 | 2.67 | 2.10 | 3.23 | 12");
        assertThat(texts()).contains("Down 1.23 from 3.90 (October 2026, n = 10) to 2.67 (November 2026,"
                + " n = 12): a significant change (Welch's t-test, p = 0.007).",
                "1 of 3 periods are suppressed: fewer than 5 respondents.");
    }

    @Test
    void the_chart_draws_the_means_and_the_interval_band_with_a_gap_for_the_suppressed_month() {
        open(FILTER);

        EChart chart = $(EChart.class).single();
        JsonNode option = chart.getOption().orElseThrow();
        assertThat(option.at("/series/2/data").valueStream().map(JsonNode::asString))
                .containsExactly("-", "3.9", "2.6666666667");
        assertThat(option.at("/series/0/data/1").asDouble()).isEqualTo(3.1886284003);
        assertThat(option.at("/series/1/data/1").asDouble()).isCloseTo(4.6113715997 - 3.1886284003,
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(chart.getElement().getAttribute("aria-label")).startsWith("Line chart of the mean answer to");
    }

    @Test
    void the_filter_question_and_grain_reach_analytics() {
        open(FILTER + "&question=recommend&grain=week");

        assertThat(analytics.requests("GET", TREND).getLast().query())
                .isEqualTo("from=2026-09-01&to=2026-11-29&branch=central&question=recommend&interval=week");
        assertThat(questionSelect().getValue().id()).isEqualTo("recommend");
        assertThat(grainSelect().getValue()).isEqualTo(Grain.WEEK);
    }

    @Test
    void the_question_list_offers_the_surveys_rating_and_0_to_10_questions_by_their_text() {
        open(FILTER);

        assertThat(test(questionSelect()).getSuggestions()).containsExactly(SATISFACTION, RECOMMEND);
    }

    @Test
    void choosing_another_question_asks_analytics_for_that_question_and_keeps_the_filter() {
        open(FILTER);

        test(questionSelect()).selectItem(RECOMMEND);

        assertThat(analytics.requests("GET", TREND).getLast().query())
                .isEqualTo("from=2026-09-01&to=2026-11-29&branch=central&question=recommend&interval=month");
    }

    @Test
    void choosing_another_grain_asks_analytics_for_it() {
        open(FILTER);

        test(grainSelect()).selectItem("Quarter");

        assertThat(analytics.requests("GET", TREND).getLast().query()).endsWith("&interval=quarter");
    }

    @Test
    void the_export_holds_the_raw_figures_of_the_table() {
        open(FILTER);

        String csv = new String(TableExports.csv($(DataTable.class).single().data()), StandardCharsets.UTF_8);

        assertThat(csv).contains("October 2026,3.9,3.1886284003,4.6113715997,10\r\n")
                .contains("September 2026,Suppressed (fewer than 5 respondents),,,\r\n");
    }

    @Test
    void a_survey_without_rating_or_0_to_10_questions_says_so() {
        var bare = SurveyJson.survey("bare", SurveyJson.question("comment", QuestionType.TEXT, "Anything else?"));
        surveys.get(SurveyJson.path(bare), SurveyJson.versions(bare));

        open("survey=bare&from=2026-09-01&to=2026-11-29");

        assertThat(texts()).contains("This survey has no rating (1–5) or 0–10 question to follow over time.");
        assertThat($(EChart.class).all()).isEmpty();
        assertThat(analytics.requests("GET", "/api/v1/surveys/bare/trend")).isEmpty();
    }

    private static void open(String query) {
        UI.getCurrent().navigate("trends", QueryParameters.fromString(query));
    }

    @SuppressWarnings("unchecked")
    private Select<Question> questionSelect() {
        return $(Select.class).from($(TrendsView.class).single()).withLabel("Question").single();
    }

    @SuppressWarnings("unchecked")
    private Select<Grain> grainSelect() {
        return $(Select.class).from($(TrendsView.class).single()).withLabel("Period").single();
    }

    private List<String> rows() {
        return $(DataTable.class).single().data().rows().stream()
                .map(row -> row.stream().map(cell -> cell == null ? "" : cell.toString())
                        .collect(Collectors.joining(" | ")))
                .toList();
    }

    private List<String> texts() {
        return $(Paragraph.class).all().stream().map(Paragraph::getText).toList();
    }
}
