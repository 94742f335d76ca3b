package uz.fikr.dashboard.quality;

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
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;

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
@ViewPackages(classes = {QualityView.class, LoginView.class})
@WithMockUser(roles = "MANAGER")
class QualityViewTests extends SpringBrowserlessTest {

    private static final String GAPS = "/api/v1/surveys/service-quality/gaps";
    private static final String ORDERED_IN_TIME = "Заказанные книги готовы в обещанный срок";
    private static final String WELCOMED = "Библиотекари приветливо встречают меня и говорят со мной уважительно";

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
        analytics.get(GAPS, QualityJson.GAPS);
        analytics.get("/api/v1/surveys/service-quality/reliability", QualityJson.RELIABILITY);
        analytics.get("/api/v1/surveys/service-quality/drivers", QualityJson.DRIVERS);
        UI.getCurrent().setLocale(Locale.of("ru"));
    }

    @Test
    void the_gap_table_names_items_by_their_question_and_writes_numbers_the_russian_way() {
        open();

        assertThat($(H1.class).single().getText()).isEqualTo("Качество обслуживания");
        assertThat(rows(table("Разрывы по пунктам"))).first().isEqualTo(List.of(WELCOMED, "Отношение персонала",
                "4,00", "8,00", "5,80", "+1,80 (−0,59 – +4,19)", "−2,20 (−4,59 – +0,19)", "5",
                "Не учтены: 1 «неприменимо», 1 противоречивых (минимум выше желаемого)"));
    }

    @Test
    void an_item_perceived_below_its_minimum_is_said_in_words_and_marked_in_the_chart() {
        open();

        assertThat(row(table("Разрывы по пунктам"), ORDERED_IN_TIME)).contains("−0,80 (−1,60 – 0,00)")
                .last().isEqualTo("Ниже минимума");
        assertThat(paragraphs()).contains("Ниже минимума воспринимаются 1 из 3 пунктов с ответами: "
                + ORDERED_IN_TIME + ".");
        JsonNode below = zoneChart().at("/series/3");
        assertThat(below.get("symbol").asString()).isEqualTo("triangle");
        assertThat(below.at("/label/formatter").asString()).isEqualTo("▼ ниже минимума");
        assertThat(below.at("/data/0/name").asString()).isEqualTo(ORDERED_IN_TIME);
    }

    @Test
    void a_suppressed_item_shows_no_numbers_and_an_unanswered_one_says_so() {
        open();

        List<String> suppressed = row(table("Разрывы по пунктам"), "Удобные читальные залы, где хватает мест");
        assertThat(suppressed).endsWith("–", "–", "–", "–", "–", "–", "Скрыто (меньше 5 респондентов)")
                .doesNotContain("3");
        assertThat(row(table("Разрывы по пунктам"), "Библиотека, в которой мне нравится проводить свободное время"))
                .last().isEqualTo("Нет ответов за этот период");
        assertThat(row(table("Разрывы по измерениям"), "Библиотека как место")).last()
                .isEqualTo("Скрыто (меньше 5 респондентов)");
    }

    @Test
    void the_item_named_in_the_address_is_the_selected_row() {
        open("item", "q_affect_5");

        List<NativeTableRow> selected = bodyRows(table("Разрывы по пунктам")).stream()
                .filter(row -> "true".equals(row.getElement().getAttribute("aria-current"))).toList();
        assertThat(selected).hasSize(1);
        assertThat(selected.getFirst().getClassNames()).contains("selected");
        assertThat(selected.getFirst().getHeaderCell(0).orElseThrow().getElement().getTextRecursively())
                .isEqualTo(ORDERED_IN_TIME + "Выбрано");
        assertThat(selected.getFirst().getElement().getAttribute("tabindex")).isEqualTo("-1");
    }

    @Test
    void a_survey_without_service_quality_items_is_explained_kindly() {
        analytics.get("/api/v1/surveys/demo/gaps", QualityJson.NO_QUALITY_ITEMS);

        FigurePages.open(QualityView.class, "demo");

        assertThat(paragraphs()).anyMatch(text -> text.startsWith("В этом опросе нет вопросов о качестве обслуживания"));
        assertThat(visible($(DataTable.class).all())).isEmpty();
        assertThat(surveys.requests("GET", "/api/v1/admin/surveys/demo")).isEmpty();
    }

    @Test
    void the_filter_reaches_analytics() {
        open("branch", "central", "group", "student");

        assertThat(analytics.requests("GET", GAPS)).last().extracting(FakeApi.Request::query).asString()
                .contains("from=2026-09-01", "to=2026-11-30", "branch=central", "readerGroup=student");
        assertThat(analytics.requests("GET", "/api/v1/surveys/service-quality/drivers")).last()
                .extracting(FakeApi.Request::query).asString()
                .contains("target=overall", "level=dimension", "branch=central");
    }

    @Test
    void the_csv_export_of_the_gap_table_holds_the_raw_numbers() {
        open();

        String csv = new String(TableExports.csv(table("Разрывы по пунктам").data()), StandardCharsets.UTF_8);

        assertThat(csv).contains(ORDERED_IN_TIME + ",Отношение персонала,6.2,8.1,5.4,-0.8,-2.7,12,Ниже минимума\r\n");
        assertThat(csv).contains("Удобные читальные залы, где хватает мест\"");
    }

    @Test
    void service_areas_are_ranked_by_adequacy_gap_the_worst_first() {
        open();

        assertThat(rows(table("Направления обслуживания по разрыву адекватности")).stream().map(List::getFirst))
                .containsExactly("Выдача книг", "Фонды", "Сотрудники");
    }

    @Test
    void reliability_and_key_drivers_are_small_tables_with_a_note() {
        open();

        DataTable reliability = table("Надёжность по измерениям (альфа Кронбаха)");
        assertThat(row(reliability, "Отношение персонала")).containsExactly("Отношение персонала", "7", "6", "0,97",
                "Согласовано: пункты измеряют одно и то же");
        assertThat(row(reliability, "Доступ к информации")).endsWith("–", "Слишком мало читателей оценили все пункты");
        assertThat(row(reliability, "Библиотека как место")).containsExactly("Библиотека как место", "7", "–", "–",
                "Скрыто (меньше 5 респондентов)");
        assertThat(row(table("Ключевые факторы"), "Отношение персонала")).containsExactly("Отношение персонала",
                "0,95", "0,67", "12");
        assertThat(paragraphs()).anyMatch(text -> text.startsWith("Какие измерения сильнее всего связаны с вопросом "
                + "«В целом, насколько вы довольны библиотекой?") && text.endsWith("(R², n = 12)."));
    }

    @Test
    void switching_to_uzbek_redraws_the_page_in_uzbek_without_asking_analytics_again() {
        open();
        int asked = analytics.requests("GET", GAPS).size();

        UI.getCurrent().setLocale(Locale.of("uz"));

        assertThat($(H1.class).single().getText()).isEqualTo("Xizmat sifati");
        assertThat(row(table("Bandlar boʻyicha farqlar"), "Buyurtma qilingan kitoblarning vaʼda qilingan vaqtda tayyor boʻlishi"))
                .contains("Xizmat koʻrsatish munosabati", "6,20", "−0,80 (−1,60 – 0,00)", "Minimaldan past");
        assertThat(analytics.requests("GET", GAPS)).hasSize(asked);
    }

    @Test
    void when_analytics_fails_the_user_gets_a_notification_and_no_figures() {
        analytics.on("GET", GAPS, 503, "{\"title\":\"Service Unavailable\",\"status\":503}");

        open();

        assertThat(test($(Notification.class).single()).getText())
                .isEqualTo("Сервис аналитики или опросов сейчас недоступен. Попробуйте чуть позже.");
        assertThat(paragraphs()).contains("Показатели качества обслуживания сейчас недоступны. Попробуйте чуть позже.");
        assertThat(visible($(DataTable.class).all())).isEmpty();
    }

    private static void open(String... parameters) {
        FigurePages.open(QualityView.class, "service-quality", parameters);
    }

    private JsonNode zoneChart() {
        return visible($(EChart.class).all()).getFirst().getOption().orElseThrow();
    }

    private DataTable table(String caption) {
        return FigurePages.table($(DataTable.class).all(), caption);
    }

    private List<String> paragraphs() {
        return visible($(Paragraph.class).all()).stream().map(Paragraph::getText).toList();
    }
}
