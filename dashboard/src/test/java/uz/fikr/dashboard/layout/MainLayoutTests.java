package uz.fikr.dashboard.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uz.fikr.dashboard.FakeApi;
import uz.fikr.dashboard.filter.FilterBar;
import uz.fikr.dashboard.filter.ViewFilter;
import uz.fikr.dashboard.security.LoginView;
import uz.fikr.dashboard.surveys.SurveyListItem;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ViewPackages(classes = {RecordingView.class, LoginView.class})
@WithMockUser(username = "dilnoza", roles = "MANAGER")
class MainLayoutTests extends SpringBrowserlessTest {

    static final String SURVEYS = """
            [{"id":"demo","title":{"en":"Library services","ru":"Услуги библиотеки","uz-Latn":"Kutubxona xizmatlari"},
              "status":"published","latestVersion":2,"publishedVersion":2,"versions":2},
             {"id":"service-quality","title":{"en":"Service quality"},"status":"published","latestVersion":1,
              "publishedVersion":1,"versions":1},
             {"id":"draft-only","title":{"en":"Not yet"},"status":"draft","latestVersion":1,"publishedVersion":null,
              "versions":1}]""";

    private static final FakeApi surveyService = FakeApi.start();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("fikr.surveys.url", surveyService::url);
    }

    @AfterAll
    static void stop() {
        surveyService.close();
    }

    @BeforeEach
    void surveys() {
        surveyService.reset();
        surveyService.get("/api/v1/admin/surveys", SURVEYS);
        RecordingView.shown.clear();
    }

    @Test
    void a_page_opened_from_a_link_shows_the_filter_in_the_link() {
        navigate("recording", Map.of("survey", "service-quality", "from", "2026-09-01", "to", "2026-11-30",
                "branch", "chilonzor", "group", "student"));

        assertThat(RecordingView.shown).last().isEqualTo(new ViewFilter("service-quality", null,
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 30), "chilonzor", "student"));
        assertThat(surveyField().getValue().id()).isEqualTo("service-quality");
    }

    @Test
    void without_a_survey_in_the_address_the_first_published_survey_is_shown() {
        navigate("recording", Map.of());

        assertThat(RecordingView.shown).last().extracting(ViewFilter::survey).isEqualTo("demo");
        assertThat(surveyField().getListDataView().getItems().map(item -> item.id()))
                .containsExactly("demo", "service-quality");
    }

    @Test
    void choosing_a_reader_group_puts_it_into_the_address_and_the_page_shows_it() {
        navigate("recording", Map.of("survey", "demo", "from", "2026-11-01", "to", "2026-11-30"));

        @SuppressWarnings("unchecked")
        Select<String> group = $(Select.class).id("filter-group");
        test(group).selectItem(UI.getCurrent().getTranslation("readerGroup.teacher"));

        QueryParameters address = UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters();
        assertThat(address.getParameters()).isEqualTo(QueryParameters.simple(Map.of("survey", "demo",
                "from", "2026-11-01", "to", "2026-11-30", "group", "teacher")).getParameters());
        assertThat(RecordingView.shown).last().extracting(ViewFilter::readerGroup).isEqualTo("teacher");
    }

    @Test
    void switching_the_language_keeps_the_reader_group_and_version_in_the_address() {
        navigate("recording", Map.of("survey", "demo", "version", "2", "from", "2026-11-01", "to", "2026-11-30",
                "group", "teacher"));
        int shownBefore = RecordingView.shown.size();

        UI.getCurrent().setLocale(java.util.Locale.of("ru"));

        @SuppressWarnings("unchecked")
        Select<String> group = $(Select.class).id("filter-group");
        assertThat(group.getValue()).isEqualTo("teacher");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry("group", java.util.List.of("teacher")).containsEntry("version", java.util.List.of("2"));
        assertThat(RecordingView.shown).hasSize(shownBefore);
    }

    @Test
    void links_to_other_pages_keep_the_filter() {
        navigate("recording", Map.of("survey", "demo", "from", "2026-11-01", "to", "2026-11-30"));

        SideNavItem quality = $(SideNavItem.class).all().stream()
                .filter(item -> item.getPath() != null && item.getPath().startsWith("quality")).findFirst().orElseThrow();
        assertThat(quality.getElement().getAttribute("path")).isEqualTo("quality?survey=demo&from=2026-11-01&to=2026-11-30");
        assertThat(quality.getLabel()).isEqualTo("Service quality");
    }

    @Test
    void a_manager_is_not_offered_the_users_page() {
        navigate("recording", Map.of());

        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .contains("Overview", "Feedback inbox", "Surveys").doesNotContain("Users");
    }

    @Test
    @WithMockUser(username = "aziza", roles = {"MANAGER", "ADMIN"})
    void an_admin_is_offered_the_users_page() {
        navigate("recording", Map.of());

        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Users");
    }

    @Test
    void the_filter_bar_still_shows_the_page_when_survey_service_is_down() {
        surveyService.on("GET", "/api/v1/admin/surveys", 503, "{\"title\":\"Service Unavailable\"}");

        navigate("recording", Map.of("survey", "demo"));

        assertThat(RecordingView.shown).last().extracting(ViewFilter::survey).isEqualTo("demo");
        assertThat($(FilterBar.class).single().isVisible()).isTrue();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<SurveyListItem> surveyField() {
        return $(ComboBox.class).id("filter-survey");
    }

    private void navigate(String path, Map<String, String> query) {
        UI.getCurrent().navigate(path, QueryParameters.simple(query));
    }
}
