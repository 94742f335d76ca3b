package uz.fikr.dashboard.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTableCell;
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

import uz.fikr.dashboard.FakeApi;
import uz.fikr.dashboard.security.LoginView;
import uz.fikr.dashboard.table.DataTable;
import uz.fikr.dashboard.table.TableExports;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ViewPackages(classes = {InboxView.class, LoginView.class})
@WithMockUser(roles = "MANAGER")
class InboxViewTests extends SpringBrowserlessTest {

    private static final FakeApi analytics = FakeApi.start();
    private static final FakeApi surveys = FakeApi.start();

    @DynamicPropertySource
    static void pointAtFakeServices(DynamicPropertyRegistry registry) {
        registry.add("fikr.analytics.url", analytics::url);
        registry.add("fikr.surveys.url", surveys::url);
        registry.add("fikr.surveys.public-url", () -> "https://fikr.example.uz/");
    }

    @AfterAll
    static void stopFakeServices() {
        analytics.close();
        surveys.close();
    }

    @BeforeEach
    void twoItems() {
        analytics.reset();
        surveys.reset();
        analytics.get("/api/v1/inbox", InboxJson.page(
                InboxJson.feedback("2026-11-20T08:15:00Z", "complaint", "reading_rooms", "Zalda Wi-Fi ishlamayapti"),
                InboxJson.answer("2026-11-19T12:40:00Z", "Elektron katalog juda sekin")));
    }

    @Test
    void lists_items_with_dates_and_labels_in_the_users_language() {
        UI.getCurrent().setLocale(Locale.of("ru"));
        navigate(InboxView.class);

        GridTester<Grid<InboxItem>, InboxItem> grid = grid();
        assertThat($(H1.class).single().getText()).isEqualTo("Отзывы читателей");
        assertThat(grid.size()).isEqualTo(2);
        assertThat(row(grid, 0)).containsExactly("20 нояб. 2026\u202fг., 13:15", "Онлайн-отзыв",
                "Жалоба · Читальные залы", "central", "Новое", "", "Zalda Wi-Fi ishlamayapti");
        assertThat(row(grid, 1)).containsExactly("19 нояб. 2026\u202fг., 17:40", "Комментарий в анкете",
                "Цифровые сервисы", "chilonzor", "В работе", "aziza", "Elektron katalog juda sekin");
        assertThat($(Paragraph.class).withClassName("inbox-count").single().getText()).isEqualTo("Найдено: 2");
    }

    @Test
    void a_comment_that_looks_like_markup_is_shown_as_literal_text() {
        String markup = "<img src=x onerror=alert(1)>";
        analytics.get("/api/v1/inbox", InboxJson.page(
                InboxJson.feedback("2026-11-20T08:15:00Z", "complaint", "space", markup)));
        analytics.get("/api/v1/inbox/" + InboxJson.FEEDBACK_ID,
                InboxJson.detail(InboxJson.feedback("2026-11-20T08:15:00Z", "complaint", "space", markup)));
        navigate(InboxView.class);

        grid().select(0);

        assertThat(grid().getCellText(0, 6)).isEqualTo(markup);
        Paragraph fullText = $(Paragraph.class).withClassName("inbox-text").single();
        assertThat(fullText.getText()).isEqualTo(markup);
        assertThat(fullText.getElement().getChildCount()).isEqualTo(1);
        assertThat(fullText.getElement().getChild(0).isTextNode()).as("the text is one text node").isTrue();
        assertThat($(Html.class).all()).isEmpty();
    }

    @Test
    void the_filters_in_the_address_reach_analytics_and_invalid_ones_are_dropped() {
        navigate(InboxView.class);

        open("status=NEW&q=wifi&branch=chilonzor&category=COMPLAINT&serviceArea=nonsense&from=2026-09-01"
                + "&to=2026-11-30");
        grid().size();

        String query = lastInboxQuery();
        assertThat(query).contains("status=NEW", "q=wifi", "branch=chilonzor", "category=complaint",
                "from=2026-09-01", "to=2026-11-30", "limit=50", "offset=0");
        assertThat(query).doesNotContain("serviceArea");
    }

    @Test
    void choosing_a_filter_puts_it_into_the_address_and_asks_analytics_again() {
        navigate(InboxView.class);
        open("from=2026-09-01&to=2026-11-30");

        test($(Select.class).withLabel("Status").single()).selectItem("Resolved");
        grid().size();

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .startsWith("inbox?").contains("status=RESOLVED", "from=2026-09-01");
        assertThat(lastInboxQuery()).contains("status=RESOLVED");
    }

    @Test
    void the_detail_shows_the_full_text_and_who_changed_what_when() {
        analytics.get("/api/v1/inbox/" + InboxJson.ANSWER_ID, InboxJson.detail(
                InboxJson.answer("2026-11-19T12:40:00Z", "Elektron katalog juda sekin"),
                InboxJson.change("6c1b7a52-3b0e-4b6f-9a51-0d3c1e2f4a5b", "IN_PROGRESS", "aziza", "aziza",
                        "2026-11-21T10:00:00Z")));
        navigate(InboxView.class);

        grid().select(1);

        assertThat(historyRows()).containsExactly(List.of("Nov 21, 2026, 3:00\u202fPM", "aziza", "In progress", "aziza",
                "", ""));
    }

    @Test
    void a_manager_reads_an_item_but_sees_no_workflow_controls() {
        navigate(InboxView.class);

        grid().select(0);

        assertThat($(ItemDetail.class).single().isVisible()).isTrue();
        assertThat($(WorkflowForm.class).all()).isEmpty();
        assertThat($(Button.class).withText("Save").all()).isEmpty();
    }

    @Test
    void the_csv_export_makes_a_comment_that_starts_like_a_formula_literal() {
        analytics.get("/api/v1/inbox", InboxJson.page(InboxJson.feedback("2026-11-20T08:15:00Z", "suggestion",
                "digital", "=HYPERLINK(\"http://evil.example\",\"Click\")")));
        navigate(InboxView.class);
        grid().size();

        String csv = new String(TableExports.csv($(InboxGrid.class).single().table()), StandardCharsets.UTF_8);

        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\"");
        assertThat(csv).contains("Suggestion");
    }

    @Test
    void the_you_said_we_did_tab_lists_published_entries_and_links_to_the_public_page() {
        analytics.get("/api/v1/inbox/you-said-we-did", """
                [{"itemId": "%s", "youSaid": "Readers asked for Wi-Fi in the reading room",
                  "weDid": "We installed a new access point", "language": "en",
                  "changedAt": "2026-11-22T09:30:00Z", "serviceArea": "reading_rooms", "branch": "central"}]
                """.formatted(InboxJson.FEEDBACK_ID));
        navigate(InboxView.class);


        assertThat($(Anchor.class).withText("Open the public page for readers (new tab)").single().getHref())
                .isEqualTo("https://fikr.example.uz/you-said-we-did");
        assertThat(tableRows()).contains(List.of("Nov 22, 2026, 2:30\u202fPM", "Readers asked for Wi-Fi in the reading room",
                "We installed a new access point", "English", "Reading rooms", "central"));
    }

    @Test
    void reads_published_entries_also_when_analytics_wraps_them_in_an_object() {
        analytics.get("/api/v1/inbox/you-said-we-did", """
                {"entries": [{"itemId": "%s", "youSaid": "Kitob qaytarish muddati qisqa",
                  "weDid": "Muddatni 21 kunga uzaytirdik", "language": "uz-Latn",
                  "changedAt": "2026-11-22T09:30:00Z", "serviceArea": null, "branch": ""}]}
                """.formatted(InboxJson.FEEDBACK_ID));
        navigate(InboxView.class);


        assertThat(tableRows()).contains(List.of("Nov 22, 2026, 2:30\u202fPM", "Kitob qaytarish muddati qisqa",
                "Muddatni 21 kunga uzaytirdik", "Uzbek (Latin)", "", ""));
    }

    @Test
    void says_so_when_analytics_cannot_be_reached() {
        analytics.on("GET", "/api/v1/inbox", 503, "{\"title\":\"Service Unavailable\",\"status\":503}");

        navigate(InboxView.class);

        assertThat(grid().size()).isZero();
        assertThat($(Paragraph.class).withClassName("inbox-count").single().getText())
                .isEqualTo("The inbox cannot be read right now. Try again in a moment.");
        assertThat($(Notification.class).all()).extracting(n -> test(n).getText())
                .contains("The analytics or survey service cannot be reached right now. Try again in a moment.");
    }

    /** Opens the inbox at an address with this query, as following a link does. */
    private static void open(String query) {
        UI.getCurrent().navigate("inbox", QueryParameters.fromString(query));
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<InboxItem>, InboxItem> grid() {
        return test($(Grid.class).single());
    }

    private static List<String> row(GridTester<Grid<InboxItem>, InboxItem> grid, int row) {
        return IntStream.range(0, 7).mapToObj(column -> grid.getCellText(row, column)).toList();
    }

    private String lastInboxQuery() {
        List<FakeApi.Request> requests = analytics.requests("GET", "/api/v1/inbox");
        assertThat(requests).isNotEmpty();
        return URLDecoder.decode(requests.getLast().query(), StandardCharsets.UTF_8);
    }

    private List<List<String>> historyRows() {
        return $(ItemDetail.class).single().getChildren().filter(DataTable.class::isInstance)
                .map(DataTable.class::cast).findFirst().orElseThrow()
                .data().rows().stream().map(row -> row.stream().map(String::valueOf).toList()).toList();
    }

    private List<List<String>> tableRows() {
        return $(NativeTableRow.class).all().stream().filter(row -> !row.getDataCells().isEmpty())
                .map(row -> Stream.concat(row.getHeaderCell(0).stream().map(c -> c.getText()),
                        row.getDataCells().stream().map(NativeTableCell::getText)).toList())
                .toList();
    }
}
