package uz.fikr.dashboard.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.fikr.dashboard.overview.OverviewJson.inbox;
import static uz.fikr.dashboard.overview.OverviewJson.nps;
import static uz.fikr.dashboard.overview.OverviewJson.rating;
import static uz.fikr.dashboard.overview.OverviewJson.recommendation;
import static uz.fikr.dashboard.overview.OverviewJson.stats;
import static uz.fikr.dashboard.overview.OverviewJson.trend;

import java.util.List;
import java.util.Locale;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

import uz.fikr.dashboard.FakeApi;
import uz.fikr.dashboard.FakeServicesTest;
import uz.fikr.dashboard.SurveyJson;
import uz.fikr.dashboard.security.LoginView;
import uz.fikr.events.survey.BuiltInSurveys;

@ViewPackages(classes = {OverviewView.class, LoginView.class})
@WithMockUser(roles = "MANAGER")
class OverviewViewTests extends FakeServicesTest {

    static final String DEMO = "/api/v1/surveys/demo";
    /** 90 days; the previous period is 2026-06-03 to 2026-08-31. */
    static final String FILTER = "survey=demo&from=2026-09-01&to=2026-11-29&branch=central";
    static final String PREVIOUS = "from=2026-06-03&to=2026-08-31";

    @BeforeEach
    void demoSurveyWithTwoPeriods() {
        surveys.get(SurveyJson.LIST_PATH, SurveyJson.list(BuiltInSurveys.demo()))
                .get(SurveyJson.path(BuiltInSurveys.demo()), SurveyJson.versions(BuiltInSurveys.demo()));
        analytics.get(DEMO + "/stats", stats(125, rating("satisfaction", 120, 4.1, 0.9, 3.94, 4.26, 81, 0.59, 0.75),
                        recommendation(120), OverviewJson.unanswered("comment", "text")))
                .getWhenQuery(DEMO + "/stats", PREVIOUS, stats(104, rating("satisfaction", 100, 3.8, 1.1, 3.58, 4.02,
                        52, 0.42, 0.62), recommendation(100)))
                .get(DEMO + "/nps", nps(60, 30, 30, 11.6, 38.4))
                .getWhenQuery(DEMO + "/nps", PREVIOUS, nps(40, 30, 30, -4.5, 24.5))
                .get(DEMO + "/trend", trend("satisfaction"))
                .get("/api/v1/inbox", inbox());
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void shows_this_periods_and_the_previous_periods_responses_as_analytics_counts_them() {
        open(FILTER);

        assertThat($(H1.class).single().getText()).isEqualTo("Overview");
        assertThat(text("kpi-responses", "kpi-value")).as("not the most-answered question's n").isEqualTo("125");
        assertThat(text("kpi-responses", "kpi-change")).isEqualTo("Up 21 since the previous period (104).");
        assertThat($(Paragraph.class).from($(KpiCard.class).id("kpi-responses")).withClassName("kpi-note").all())
                .as("an exact count needs no note").isEmpty();
        assertThat(texts()).contains("From Sep 1, 2026 to Nov 29, 2026, compared with the previous period of the"
                + " same length, Jun 3, 2026 to Aug 31, 2026.");
    }

    @Test
    void each_figure_has_its_interval_n_and_whether_the_change_is_significant() {
        open(FILTER);

        assertThat(text("kpi-satisfaction", "kpi-value")).isEqualTo("4.1");
        assertThat(text("kpi-satisfaction", "kpi-interval")).isEqualTo("95% interval: 3.9 to 4.3");
        assertThat(text("kpi-satisfaction", "kpi-n")).isEqualTo("n = 120");
        assertThat(text("kpi-satisfaction", "kpi-change")).isEqualTo("Up 0.30 since the previous period (3.8,"
                + " n = 100): a significant change (Welch's t-test, p = 0.030).");
        assertThat(text("kpi-satisfied", "kpi-value")).isEqualTo("68%");
        assertThat(text("kpi-satisfied", "kpi-change")).isEqualTo("Up 15.5 percentage points since the previous"
                + " period (52%, n = 100): a significant change (two-proportion z-test, p = 0.019).");
        assertThat(text("kpi-nps", "kpi-value")).isEqualTo("+25");
        assertThat(text("kpi-nps", "kpi-interval")).isEqualTo("95% interval: +12 to +38");
        assertThat(text("kpi-nps", "kpi-change")).isEqualTo("Up 15 points since the previous period (+10,"
                + " n = 100): no significant change (z-test of two NPS, p = 0.182).");
    }

    @Test
    void numbers_are_written_the_uzbek_way() {
        open(FILTER);

        UI.getCurrent().setLocale(Locale.of("uz"));

        assertThat($(H1.class).single().getText()).isEqualTo("Umumiy koʻrinish");
        assertThat(text("kpi-satisfaction", "kpi-value")).isEqualTo("4,1");
        assertThat(text("kpi-satisfaction", "kpi-interval")).isEqualTo("95% ishonch oraligʻi: 3,9 dan 4,3 gacha");
        assertThat(text("kpi-satisfaction", "kpi-change")).isEqualTo("Oʻsish 0,30 — oldingi davrga nisbatan (3,8,"
                + " n = 100): statistik ahamiyatli oʻzgarish (Uelch t-testi, p = 0,030).");
    }

    @Test
    void every_figure_has_a_small_trend_told_in_words_too() {
        open(FILTER);

        assertThat(text("kpi-satisfaction", "kpi-trend")).isEqualTo("Trend of the mean rating per week: 3.9"
                + " (Week of Nov 9, 2026, n = 12) first, 4.2 (Week of Nov 23, 2026, n = 14) last; 2 of 3 periods"
                + " have enough answers to show.");
        assertThat(analytics.requests("GET", DEMO + "/trend")).extracting(FakeApi.Request::query)
                .contains("from=2026-09-01&to=2026-11-29&branch=central&question=satisfaction&interval=week",
                        "from=2026-09-01&to=2026-11-29&branch=central&question=recommend&interval=week");
    }

    @Test
    void the_filter_reaches_analytics_for_both_periods() {
        open(FILTER);

        assertThat(analytics.requests("GET", DEMO + "/stats")).extracting(FakeApi.Request::query)
                .containsExactly("from=2026-09-01&to=2026-11-29&branch=central",
                        "from=2026-06-03&to=2026-08-31&branch=central");
        assertThat(analytics.requests("GET", DEMO + "/nps")).hasSize(2);
        assertThat(analytics.requests("GET", "/api/v1/inbox")).extracting(FakeApi.Request::query)
                .containsExactly("from=2026-09-01&to=2026-11-29&surveyId=demo&branch=central&limit=5");
    }

    @Test
    void a_period_without_answers_says_so_instead_of_showing_numbers() {
        analytics.get(DEMO + "/stats", stats(0, OverviewJson.unanswered("satisfaction", "rating"),
                        OverviewJson.unanswered("recommend", "nps")))
                .get(DEMO + "/nps", "[{\"questionId\":\"recommend\",\"n\":0,\"suppressed\":false,\"promoters\":0,"
                        + "\"passives\":0,\"detractors\":0}]");

        open(FILTER);

        for (String card : List.of("kpi-responses", "kpi-satisfaction", "kpi-satisfied", "kpi-nps")) {
            assertThat(text(card, "kpi-value")).as(card).isEqualTo("No answers in this period");
        }
        assertThat($(Paragraph.class).withClassName("kpi-interval").all()).isEmpty();
        assertThat($(Paragraph.class).withClassName("kpi-n").all()).isEmpty();
    }

    @Test
    void a_small_group_is_shown_as_suppressed_never_as_numbers() {
        analytics.get(DEMO + "/stats", OverviewJson.statsOfFewResponses(OverviewJson.suppressed("satisfaction",
                        "rating", 3), OverviewJson.suppressed("recommend", "nps", 3)))
                .get(DEMO + "/nps", OverviewJson.npsSuppressed(3));

        open(FILTER);

        for (String card : List.of("kpi-responses", "kpi-satisfaction", "kpi-satisfied", "kpi-nps")) {
            assertThat(text(card, "kpi-value")).as(card).isEqualTo("Suppressed (fewer than 5 respondents)");
        }
        assertThat(texts()).noneMatch(text -> text.contains("n = 3") || text.equals("3"));
        assertThat($(Paragraph.class).withClassName("kpi-words").all()).as("set as words, not as a big number")
                .hasSize(4);
    }

    @Test
    void a_suppressed_previous_period_gives_no_comparison() {
        analytics.getWhenQuery(DEMO + "/stats", PREVIOUS, OverviewJson.statsOfFewResponses(
                OverviewJson.suppressed("satisfaction", "rating", 4), OverviewJson.suppressed("recommend", "nps", 4)));

        open(FILTER);

        for (String card : List.of("kpi-responses", "kpi-satisfaction")) {
            assertThat(text(card, "kpi-change")).as(card).isEqualTo("The previous period is suppressed (fewer"
                    + " than 5 respondents), so there is nothing to compare with.");
        }
    }

    @Test
    void a_survey_without_satisfaction_or_recommendation_question_says_so() {
        var bare = SurveyJson.survey("bare", SurveyJson.question("comment",
                uz.fikr.events.survey.QuestionType.TEXT, "Anything else?"));
        surveys.get(SurveyJson.path(bare), SurveyJson.versions(bare));
        analytics.get("/api/v1/surveys/bare/stats", stats(12, "{\"questionId\":\"comment\",\"type\":\"text\","
                + "\"serviceArea\":\"overall\",\"n\":12,\"suppressed\":false}"));

        open("survey=bare&from=2026-09-01&to=2026-11-29");

        assertThat(text("kpi-satisfaction", "kpi-value")).isEqualTo("Not asked");
        assertThat(text("kpi-satisfaction", "kpi-note")).isEqualTo("This survey has no overall-satisfaction"
                + " question (a 1–5 rating of the library as a whole).");
        assertThat(text("kpi-nps", "kpi-note")).startsWith("This survey has no 0–10 recommendation question");
        assertThat(analytics.requests("GET", "/api/v1/surveys/bare/nps")).isEmpty();
    }

    @Test
    void shows_a_message_and_a_notification_when_analytics_fails() {
        analytics.on("GET", DEMO + "/stats", 503, "{\"title\":\"Service Unavailable\",\"status\":503}");

        open(FILTER);

        assertThat(texts()).contains("The figures cannot be shown right now. Try again in a moment.");
        assertThat($(Notification.class).exists()).isTrue();
        assertThat($(KpiCard.class).all()).isEmpty();
    }

    private String text(String cardId, String className) {
        return $(Paragraph.class).from($(KpiCard.class).id(cardId)).withClassName(className).single().getText();
    }

    /** Opens the Overview at an address with this query, as a link or the filter bar would. */
    private static void open(String query) {
        UI.getCurrent().navigate("", QueryParameters.fromString(query));
    }

    private List<String> texts() {
        return $(Paragraph.class).all().stream().map(Paragraph::getText).toList();
    }
}
