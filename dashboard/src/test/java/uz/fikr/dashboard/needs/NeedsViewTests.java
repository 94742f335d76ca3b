package uz.fikr.dashboard.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.fikr.dashboard.FigurePages.bodyRows;
import static uz.fikr.dashboard.FigurePages.row;
import static uz.fikr.dashboard.FigurePages.rows;
import static uz.fikr.dashboard.FigurePages.visible;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.dom.Element;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

import uz.fikr.dashboard.FakeApi;
import uz.fikr.dashboard.FigurePages;
import uz.fikr.dashboard.chart.EChart;
import uz.fikr.dashboard.security.LoginView;
import uz.fikr.dashboard.table.DataTable;
import uz.fikr.dashboard.table.TableExports;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ViewPackages(classes = {NeedsView.class, LoginView.class})
@WithMockUser(roles = "MANAGER")
class NeedsViewTests extends SpringBrowserlessTest {

    private static final String NEEDS = "/api/v1/surveys/service-quality/needs";
    private static final String THEMES = "/api/v1/feedback/themes";
    private static final String SUPPRESSED = "Скрыто (меньше 5 респондентов)";
    private static final String WIFI = "Быстрый Wi-Fi и розетки для зарядки";

    private static final FakeApi analytics = FakeApi.start();
    private static final FakeApi surveys = FakeApi.start();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("fikr.analytics.url", analytics::url);
        registry.add("fikr.surveys.url", surveys::url);
    }

    @AfterAll
    static void stopServices() {
        analytics.close();
        surveys.close();
    }

    @BeforeEach
    void serviceQualitySurvey() {
        analytics.reset();
        surveys.reset();
        FigurePages.builtInSurveys(surveys);
        // the fake answers by path only; both groupings get the same answer unless a test says otherwise
        analytics.get(NEEDS, NeedsJson.BY_READER_GROUP);
        analytics.get(THEMES, NeedsJson.THEMES);
        UI.getCurrent().setLocale(Locale.of("ru"));
    }

    @Test
    void services_wanted_per_reader_group_show_shares_with_intervals_and_suppressed_groups_as_suppressed() {
        open();

        assertThat($(H1.class).single().getText()).isEqualTo("Потребности читателей");
        assertThat(rows(table("Желаемые услуги по группам читателей"))).containsExactly(
                List.of("Читатель с инвалидностью", SUPPRESSED, "–", "–", "–"),
                List.of("Студент", WIFI, "75\u00a0% (47\u00a0% – 91\u00a0%)", "9", "12"),
                List.of("Студент", "Аудиокниги", "25\u00a0% (9\u00a0% – 53\u00a0%)", "3", "12"),
                List.of("Студент", "Другое (свой ответ)", "8\u00a0%", "1", "12"));
    }

    @Test
    void the_bar_chart_has_a_bar_per_shown_group_and_none_for_a_suppressed_one() {
        open();

        JsonNode option = visible($(EChart.class).all()).getFirst().getOption().orElseThrow();
        assertThat(option.at("/yAxis/data").valueStream().map(JsonNode::asString))
                .containsExactly(WIFI, "Аудиокниги", "Другое (свой ответ)");
        assertThat(option.get("series")).hasSize(1);
        assertThat(option.at("/series/0/name").asString()).isEqualTo("Студент");
        assertThat(option.at("/series/0/data/0/value").asDouble()).isEqualTo(75.0);
    }

    @Test
    void lowest_rated_services_per_branch_show_means_with_intervals_and_suppressed_branches_as_suppressed() {
        analytics.get(NEEDS, NeedsJson.BY_BRANCH);

        open();

        DataTable rated = table("Хуже всего оценённые услуги по филиалам");
        assertThat(rows(rated)).containsExactly(
                List.of("central", "Печатные книги и журналы по темам, которые я читаю", "Фонды",
                        "Разрыв адекватности (1–9)", "+0,40 (−1,48 – +2,28)", "5"),
                List.of("central", "Заказанные книги готовы в обещанный срок", "Выдача книг",
                        "Разрыв адекватности (1–9)", "+1,50 (+0,20 – +2,80)", "6"),
                List.of("central", "В целом, насколько вы довольны библиотекой? (1 – совсем не доволен, 5 – очень "
                        + "доволен)", "В целом", "Оценка (1–5)", "3,57 (2,60 – 4,50)", "7"),
                List.of("chilonzor", SUPPRESSED, "–", "–", "–", "–"));
        String csv = new String(TableExports.csv(rated.data()), StandardCharsets.UTF_8);
        assertThat(csv).contains(",0.4,5\r\n").contains("chilonzor," + SUPPRESSED + ",–,–,–,–\r\n");
    }

    @Test
    void a_comment_with_markup_is_shown_as_the_characters_the_reader_typed() {
        open();

        DataTable comments = table("Примеры комментариев");
        assertThat(rows(comments)).extracting(List::getLast).containsExactly("Ўқув зали жуда совуқ",
                "O’quv zali <b>shovqinli</b> & <script>alert(1)</script>", "<b>x</b>");
        Element cell = bodyRows(comments).getLast().getDataCells().getFirst().getElement();
        assertThat(cell.getChildren()).allMatch(Element::isTextNode);
        assertThat(cell.getText()).isEqualTo("<b>x</b>");
    }

    @Test
    void themes_show_their_counts_and_n_and_a_suppressed_group_shows_no_words() {
        open();

        DataTable themes = table("Темы комментариев");
        assertThat(row(themes, "Ответы на опрос")).containsExactly("Ответы на опрос", "В целом", "", "5",
                "зали (4), ўқув (4)", "ўқув зали (4)");
        assertThat(rows(themes)).contains(List.of("Онлайн-отзывы", "Читальные залы", "Жалоба", "6",
                "oʻquv (6), zali (6)", "oʻquv zali (6)"), List.of("Онлайн-отзывы", "Сотрудники", "Вопрос",
                        SUPPRESSED, "–", "–"));
    }

    @Test
    void the_filter_reaches_analytics() {
        FigurePages.open(NeedsView.class, "service-quality", "branch", "central", "group", "student");

        assertThat(analytics.requests("GET", NEEDS)).extracting(FakeApi.Request::query).hasSize(2)
                .allSatisfy(query -> assertThat(query).contains("from=2026-09-01", "to=2026-11-30",
                        "branch=central", "readerGroup=student"))
                .anySatisfy(query -> assertThat(query).contains("by=readerGroup"))
                .anySatisfy(query -> assertThat(query).contains("by=branch"));
        assertThat(analytics.requests("GET", THEMES)).singleElement().extracting(FakeApi.Request::query).asString()
                .contains("source=all", "surveyId=service-quality", "from=2026-09-01", "to=2026-11-30")
                .doesNotContain("branch");
    }

    @Test
    void when_analytics_fails_the_user_gets_a_notification_and_no_figures() {
        analytics.on("GET", NEEDS, 500, "{\"title\":\"Internal Server Error\",\"status\":500}");

        open();

        assertThat(test($(Notification.class).single()).getText())
                .isEqualTo("Сервис аналитики или опросов сейчас недоступен. Попробуйте чуть позже.");
        assertThat(visible($(Paragraph.class).all())).extracting(Paragraph::getText)
                .contains("Показатели потребностей читателей сейчас недоступны. Попробуйте чуть позже.");
        assertThat(visible($(DataTable.class).all())).isEmpty();
    }

    @Test
    void without_survey_service_the_figures_stay_and_questions_are_named_by_their_ids() {
        surveys.on("GET", "/api/v1/admin/surveys/service-quality", 503, "{\"status\":503}");

        open();

        assertThat($(Notification.class).single().isOpened()).isTrue();
        assertThat(row(table("Желаемые услуги по группам читателей"), "Студент")).contains("wifi_and_sockets");
    }

    private static void open() {
        FigurePages.open(NeedsView.class, "service-quality");
    }

    private DataTable table(String caption) {
        return FigurePages.table($(DataTable.class).all(), caption);
    }
}
