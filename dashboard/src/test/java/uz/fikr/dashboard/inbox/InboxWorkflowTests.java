package uz.fikr.dashboard.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uz.fikr.dashboard.FakeApi;
import uz.fikr.dashboard.security.LoginView;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ViewPackages(classes = {InboxView.class, LoginView.class})
@WithMockUser(username = "dilnoza", roles = {"MANAGER", "ADMIN"})
class InboxWorkflowTests extends SpringBrowserlessTest {

    private static final String CHANGES = "/api/v1/admin/inbox/" + InboxJson.FEEDBACK_ID + "/changes";
    private static final String ACCEPTED_ID = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    private static final String NEW_ITEM = InboxJson.feedback("2026-11-20T08:15:00Z", "complaint", "reading_rooms",
            "Zalda Wi-Fi ishlamayapti").toString();

    private static final FakeApi analytics = FakeApi.start();
    private static final FakeApi surveys = FakeApi.start();
    private static final JsonMapper JSON = JsonMapper.builder().build();

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
    void oneNewItem() {
        analytics.reset();
        surveys.reset();
        analytics.get("/api/v1/inbox", InboxJson.page(InboxJson.parse(NEW_ITEM)));
        analytics.get("/api/v1/inbox/" + InboxJson.FEEDBACK_ID, InboxJson.detail(InboxJson.parse(NEW_ITEM)));
        surveys.on("POST", CHANGES, 202,
                InboxJson.accepted(InboxJson.FEEDBACK_ID, ACCEPTED_ID, "IN_PROGRESS", "dilnoza", "dilnoza"));
    }

    @Test
    void taking_a_new_item_assigns_it_to_the_admin_and_sends_the_change_with_their_name() {
        openTheItem();

        test(workflowStatus()).selectItem("In progress");
        assertThat(field(TextField.class, "Assignee").getValue()).isEqualTo("dilnoza");
        save();

        JsonNode sent = onlyChangeSent();
        assertThat(sent.path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(sent.path("assignee").asString()).isEqualTo("dilnoza");
        assertThat(sent.path("changedBy").asString()).isEqualTo("dilnoza");
        assertThat(sent.path("changeId").asString()).matches("[0-9a-f-]{36}");
        assertThat(sent.path("publicEntry").isNull()).isTrue();
    }

    @Test
    void the_new_state_shows_at_once_while_analytics_catches_up() {
        openTheItem();
        test(workflowStatus()).selectItem("In progress");

        save();

        assertThat(saveStatus()).isEqualTo("Saved. The list shows the change in a moment…");
        assertThat(grid().getCellText(0, 4)).isEqualTo("In progressupdating…");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(InboxView.POLL_INTERVAL_MILLIS);
    }

    @Test
    void once_analytics_lists_the_change_the_page_says_saved_and_stops_re_reading() {
        openTheItem();
        test(workflowStatus()).selectItem("In progress");
        save();
        var changed = InboxJson.parse(NEW_ITEM).put("status", "IN_PROGRESS").put("assignee", "dilnoza")
                .put("changedBy", "dilnoza").put("changedAt", "2026-11-22T09:30:00Z");
        analytics.get("/api/v1/inbox", InboxJson.page(changed));
        analytics.get("/api/v1/inbox/" + InboxJson.FEEDBACK_ID, InboxJson.detail(changed,
                InboxJson.change(ACCEPTED_ID, "IN_PROGRESS", "dilnoza", "dilnoza", "2026-11-22T09:30:00Z")));

        poll();

        assertThat(saveStatus()).isEqualTo("Saved.");
        assertThat(grid().getCellText(0, 4)).isEqualTo("In progress");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void a_retry_after_survey_service_was_down_sends_the_same_change_id() {
        surveys.on("POST", CHANGES, 503, InboxJson.PROBLEM_503);
        openTheItem();
        test(workflowStatus()).selectItem("In progress");
        save();
        assertThat(saveStatus()).startsWith("Not saved: the survey service cannot be reached.");

        surveys.on("POST", CHANGES, 202,
                InboxJson.accepted(InboxJson.FEEDBACK_ID, ACCEPTED_ID, "IN_PROGRESS", "dilnoza", "dilnoza"));
        save();

        List<JsonNode> sent = changesSent();
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).path("changeId")).isEqualTo(sent.get(0).path("changeId"));
        assertThat(saveStatus()).isEqualTo("Saved. The list shows the change in a moment…");
    }

    @Test
    void another_change_after_a_saved_one_gets_a_new_change_id() {
        openTheItem();
        test(workflowStatus()).selectItem("In progress");
        save();

        field(TextArea.class, "Internal note").setValue("Asked IT to check the access point");
        save();

        List<JsonNode> sent = changesSent();
        assertThat(sent.get(1).path("changeId")).isNotEqualTo(sent.get(0).path("changeId"));
    }

    @Test
    void a_field_survey_service_refuses_shows_its_message() {
        surveys.on("POST", CHANGES, 400, """
                {"type":"about:blank","title":"Bad Request","status":400,"detail":"The change is not valid",
                 "errors":[{"field":"assignee","message":"must be at most 100 characters","code":"text.too-long"}]}
                """);
        openTheItem();
        test(workflowStatus()).selectItem("In progress");

        save();

        TextField assignee = field(TextField.class, "Assignee");
        assertThat(assignee.isInvalid()).isTrue();
        assertThat(assignee.getErrorMessage()).isEqualTo("must be at most 100 characters");
        assertThat(saveStatus()).isEqualTo("Not saved: must be at most 100 characters");
    }

    @Test
    void publishing_a_you_said_we_did_entry_sends_it_with_published_true() {
        openTheItem();
        test(workflowStatus()).selectItem("Resolved");
        assertThat($(Paragraph.class).withClassName("inbox-hint").single().getText())
                .startsWith("Readers will see this entry").contains("leave out names, contact details");

        field(TextArea.class, "You said (what readers asked for)").setValue("Wi-Fi in the reading room");
        field(TextArea.class, "We did (what the library did)").setValue("We installed a new access point");
        test($(Checkbox.class).withLabel("Publish for readers").single()).click();
        save();

        JsonNode entry = onlyChangeSent().path("publicEntry");
        assertThat(entry.path("youSaid").asString()).isEqualTo("Wi-Fi in the reading room");
        assertThat(entry.path("weDid").asString()).isEqualTo("We installed a new access point");
        assertThat(entry.path("language").asString()).isEqualTo("en");
        assertThat(entry.path("published").asBoolean()).isTrue();
        assertThat(onlyChangeSent().path("status").asString()).isEqualTo("RESOLVED");
    }

    private void openTheItem() {
        navigate(InboxView.class);
        grid().select(0);
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<InboxItem>, InboxItem> grid() {
        return test($(Grid.class).single());
    }

    @SuppressWarnings("unchecked")
    private Select<String> workflowStatus() {
        return $(Select.class).withLabel("Status").all().stream()
                .filter(select -> select.getParent().orElseThrow() instanceof WorkflowForm).findFirst().orElseThrow();
    }

    private <T extends com.vaadin.flow.component.Component> T field(Class<T> type, String label) {
        return $(type).withLabel(label).single();
    }

    private void save() {
        test($(Button.class).withText("Save").single()).click();
    }

    private String saveStatus() {
        return $(Paragraph.class).withClassName("inbox-save-status").single().getText();
    }

    private List<JsonNode> changesSent() {
        return surveys.requests("POST", CHANGES).stream().map(request -> JSON.readTree(request.body())).toList();
    }

    private JsonNode onlyChangeSent() {
        List<JsonNode> sent = changesSent();
        assertThat(sent).hasSize(1);
        return sent.getFirst();
    }

    private static void poll() {
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }
}
