package uz.fikr.dashboard.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

import uz.fikr.dashboard.FakeApi;
import uz.fikr.dashboard.chart.EChart;
import uz.fikr.dashboard.security.LoginView;
import uz.fikr.dashboard.table.DataTable;
import uz.fikr.dashboard.table.TableExports;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ViewPackages(classes = {CompareView.class, LoginView.class})
@WithMockUser(roles = "MANAGER")
class CompareViewTests extends SpringBrowserlessTest {

    private static final String COMPARE = "/api/v1/surveys/demo/compare";
    private static final String PERIOD = "survey=demo&from=2026-09-01&to=2026-11-30";

    private static final FakeApi analytics = FakeApi.start();
    private static final FakeApi surveys = FakeApi.start();

    @DynamicPropertySource
    static void pointAtFakeServices(DynamicPropertyRegistry registry) {
        registry.add("fikr.analytics.url", analytics::url);
        registry.add("fikr.surveys.url", surveys::url);
    }

    @AfterAll
    static void stopFakeServices() {
        analytics.close();
        surveys.close();
    }

    @BeforeEach
    void demoSurvey() {
        analytics.reset();
        surveys.reset();
        surveys.get("/api/v1/admin/surveys", Comparisons.SURVEY_LIST);
        surveys.get("/api/v1/admin/surveys/demo", Comparisons.demoVersions());
        analytics.get(COMPARE, Comparisons.BY_READER_GROUP);
    }

    @Test
    void shows_each_group_with_its_mean_interval_and_n() {
        open("question=satisfaction&by=readerGroup");

        assertThat($(H1.class).single().getText()).isEqualTo("Compare groups");
        assertThat(rows()).containsExactly(
                "Reader with a disability | Suppressed (fewer than 5 respondents) |  |  | ",
                "Pensioner or older reader | Suppressed (fewer than 5 respondents) |  |  | ",
                "Student | 3.90 | 3.29 | 4.51 | 10",
                "Teacher | 2.67 | 2.12 | 3.21 | 6");
    }

    @Test
    void a_suppressed_group_is_left_out_of_the_chart() {
        open("question=satisfaction&by=readerGroup");

        JsonNode option = $(EChart.class).single().getOption().orElseThrow();
        assertThat(option.at("/yAxis/data").valueStream().map(JsonNode::asString)).containsExactly("Student", "Teacher");
        assertThat(option.at("/series/0/data/0/value/0").asDouble()).isEqualTo(3.9);
        assertThat(option.at("/series/0/markLine/data/0/0/coord/0").asDouble()).isEqualTo(3.2866);
        assertThat(option.at("/series/0/markLine/data/0/1/coord/0").asDouble()).isEqualTo(4.5134);
        assertThat(option.at("/xAxis/max").asInt()).isEqualTo(5);
    }

    @Test
    void says_in_plain_words_which_group_rated_higher() {
        open("question=satisfaction&by=readerGroup");

        assertThat(paragraphs()).contains(
                "“Student” rated higher than “Teacher”: 3.90 vs 2.67 (Welch’s t-test, p = 0.007).",
                "Effect size: Cohen’s d = 1.32.");
    }

    @Test
    void speaks_russian_with_russian_numbers() {
        open("question=satisfaction&by=readerGroup");

        UI.getCurrent().setLocale(Locale.of("ru"));

        assertThat($(H1.class).single().getText()).isEqualTo("Сравнение групп");
        assertThat(paragraphs()).contains(
                "«Студент» оценивают выше, чем «Учитель, преподаватель»: 3,90 против 2,67 (t-критерий Уэлча, p = 0,007).");
        assertThat(rows()).contains("Студент | 3,90 | 3,29 | 4,51 | 10",
                "Читатель с инвалидностью | Скрыто (меньше 5 респондентов) |  |  | ");
    }

    @Test
    void lists_the_pairs_that_still_differ_after_holm_correction() {
        analytics.get(COMPARE, Comparisons.BY_BRANCH);

        open("question=satisfaction&by=branch");

        assertThat(paragraphs()).contains("The groups differ significantly (one-way ANOVA, p = 0.003).",
                "Effect size: η² = 0.14.");
        assertThat($(ListItem.class).all()).extracting(ListItem::getText)
                .containsExactly("“central” rated higher than “chilonzor”: 4.20 vs 3.40, p = 0.005 after correction");
    }

    @Test
    void says_so_when_the_groups_do_not_differ() {
        analytics.get(COMPARE, Comparisons.BY_AGE_BAND);

        open("question=recommend&by=ageBand");

        assertThat(paragraphs()).contains("The groups do not differ significantly (one-way ANOVA, p = 0.410).");
        assertThat($(ListItem.class).all()).extracting(ListItem::getText)
                .containsExactly("No single pair differs significantly after Holm correction.");
        assertThat(rows()).contains("18 to 24 | 8.10 | 7.40 | 8.80 | 20");
    }

    @Test
    void a_single_choice_shows_the_share_of_each_answer_per_channel() {
        analytics.get(COMPARE, Comparisons.CHOICE_BY_CHANNEL);

        open("question=visited_service&by=channel");

        assertThat(rows()).containsExactly(
                "Kiosk | Suppressed (fewer than 5 respondents) |  |  |  |  | ",
                "QR code | 20.0% | 60.0% | 0.0% | 20.0% | 0.0% | 10",
                "Website | 40.0% | 30.0% | 10.0% | 20.0% | 0.0% | 20");
        assertThat(paragraphs()).contains(
                "The answers do not differ significantly between the groups (chi-square test, p = 0.430).");
        JsonNode option = $(EChart.class).single().getOption().orElseThrow();
        assertThat(option.at("/yAxis/data").valueStream().map(JsonNode::asString)).containsExactly("QR code", "Website");
        assertThat(option.at("/series/0/name").asString()).isEqualTo("Lending");
    }

    @Test
    void question_and_grouping_in_the_address_reach_analytics_with_the_filter() {
        analytics.get(COMPARE, Comparisons.BY_BRANCH);

        open("question=recommend&by=branch&branch=central");

        assertThat(analytics.requests("GET", COMPARE)).singleElement().extracting(FakeApi.Request::query)
                .asString()
                .contains("from=2026-09-01", "to=2026-11-30", "branch=central", "question=recommend", "by=branch");
    }

    @Test
    void choosing_another_question_and_grouping_asks_analytics_for_them() {
        open("question=satisfaction&by=readerGroup");
        analytics.get(COMPARE, Comparisons.BY_AGE_BAND);

        test(questionSelect()).selectItem("How likely are you to recommend our library to a friend? (0 – not at all, 10 – certainly)");
        test(groupingSelect()).selectItem("Age band");

        assertThat(analytics.requests("GET", COMPARE).getLast().query())
                .contains("from=2026-09-01", "question=recommend", "by=ageBand");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry("question", List.of("recommend")).containsEntry("by", List.of("ageBand"))
                .containsEntry("from", List.of("2026-09-01"));
    }

    @Test
    void a_new_period_from_the_filter_bar_keeps_the_chosen_question_and_grouping() {
        open("question=recommend&by=branch");
        analytics.get(COMPARE, Comparisons.BY_BRANCH);

        // the filter bar navigates with the filter's parameters only
        UI.getCurrent().navigate("compare", QueryParameters.fromString("survey=demo&from=2026-10-01&to=2026-11-30"));

        assertThat(analytics.requests("GET", COMPARE).getLast().query())
                .contains("from=2026-10-01", "question=recommend", "by=branch");
        assertThat(test(groupingSelect()).getSelected()).isEqualTo(GroupBy.BRANCH);
    }

    @Test
    void offers_the_questions_groups_can_be_compared_on_in_the_users_language() {
        open("");

        assertThat(test(questionSelect()).getSuggestions()).containsExactly(
                "How satisfied were you with the library today? (1 – not at all, 5 – very satisfied)",
                "How likely are you to recommend our library to a friend? (0 – not at all, 10 – certainly)",
                "Which service did you use today?");
        assertThat(test(groupingSelect()).getSuggestions())
                .containsExactly("Reader group", "Branch", "Age band", "Channel");
        assertThat(analytics.requests("GET", COMPARE).getLast().query())
                .contains("question=satisfaction", "by=readerGroup");
    }

    @Test
    void exports_the_table_as_csv_with_raw_numbers_and_no_figures_for_suppressed_groups() {
        open("question=satisfaction&by=readerGroup");

        String csv = new String(TableExports.csv($(DataTable.class).single().data()), StandardCharsets.UTF_8);

        assertThat(csv.lines().toList()).containsExactly(
                "\uFEFFGroup,Mean,95% interval from,95% interval to,n",
                "Reader with a disability,Suppressed (fewer than 5 respondents),,,",
                "Pensioner or older reader,Suppressed (fewer than 5 respondents),,,",
                "Student,3.9,3.2866,4.5134,10",
                "Teacher,2.6666666667,2.1246,3.2087,6");
    }

    @Test
    void tells_the_user_when_analytics_is_down() {
        analytics.on("GET", COMPARE, 503, "{\"title\":\"Service Unavailable\",\"status\":503}");

        open("question=satisfaction&by=readerGroup");

        assertThat(paragraphs()).contains("The comparison cannot be shown right now.");
        assertThat($(Notification.class).all()).isNotEmpty();
        assertThat($(EChart.class).all()).as("charts on screen").isEmpty();
    }

    private void open(String choice) {
        UI.getCurrent().navigate("compare", QueryParameters.fromString(PERIOD + (choice.isEmpty() ? "" : "&" + choice)));
    }

    @SuppressWarnings("unchecked")
    private Select<Object> questionSelect() {
        return $(Select.class).withClassName("compare-question").single();
    }

    @SuppressWarnings("unchecked")
    private Select<Object> groupingSelect() {
        return $(Select.class).withClassName("compare-by").single();
    }

    private List<String> rows() {
        return $(NativeTableRow.class).all().stream()
                .filter(row -> !row.getDataCells().isEmpty())
                .map(row -> row.getHeaderCell(0).orElseThrow().getText() + " | " + String.join(" | ",
                        row.getDataCells().stream().map(cell -> cell.getText()).toList()))
                .toList();
    }

    private List<String> paragraphs() {
        return $(Paragraph.class).all().stream().filter(Paragraph::isVisible).map(Paragraph::getText).toList();
    }
}
