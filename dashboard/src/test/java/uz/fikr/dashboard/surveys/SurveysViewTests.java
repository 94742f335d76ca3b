package uz.fikr.dashboard.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import uz.fikr.dashboard.FakeApi;
import uz.fikr.dashboard.security.LoginView;
import uz.fikr.events.EventJson;
import uz.fikr.events.survey.SurveyDefinition;
import uz.fikr.events.survey.SurveyStatus;

@ViewPackages(classes = {SurveysView.class, LoginView.class})
@WithMockUser(roles = "MANAGER")
class SurveysViewTests extends SurveyPagesTest {

    @Autowired
    SurveyChanges changes;

    @BeforeEach
    void oneSurveyPublishedAndOneDraft() {
        var quick = SurveyServiceJson.quick("chilonzor-quick", 1);
        surveyService.get("/api/v1/admin/surveys", "[" + SurveyServiceJson.listItem(quick, "published", 1, 1, 1)
                + "," + SurveyServiceJson.listItem(SurveyServiceJson.everyQuestion("book-club"), "draft", 1, null, 1)
                + "]");
        surveyService.get("/api/v1/admin/surveys/chilonzor-quick", SurveyServiceJson.versions(
                SurveyServiceJson.version(quick, SurveyStatus.PUBLISHED)));
        analyticsCounts("chilonzor-quick");
    }

    @Test
    void the_list_shows_titles_status_and_counts_in_russian_when_the_interface_is_russian() {
        UI.getCurrent().setLocale(Locale.of("ru"));
        navigate(SurveysView.class);

        var grid = test(grid());
        assertThat(find(H1.class).single().getText()).isEqualTo("Опросы");
        assertThat(((RouterLink) grid.getCellComponent(0, 0)).getText()).isEqualTo("О вашем сегодняшнем визите");
        assertThat(grid.getCellText(0, 2)).isEqualTo("Опубликован");
        assertThat(grid.getCellText(0, 5)).isEqualTo("1\u00a0397");
        assertThat(grid.getCellText(0, 6)).isEqualTo("Киоск: Скрыто (меньше 5 респондентов) · QR-код: 162"
                + " · Сайт: 1\u00a0230 · Виджет на сайте: Скрыто (меньше 5 респондентов)");
        assertThat(grid.getCellText(0, 7)).isEqualTo("central: 163 · chilonzor: 1\u00a0234");
        assertThat(grid.getCellText(1, 2)).isEqualTo("Черновик");
        assertThat(grid.getCellText(1, 5)).isEqualTo("–");
    }

    @Test
    void the_counts_are_asked_per_channel_and_per_branch_for_a_question_every_reader_answers() {
        navigate(SurveysView.class);

        assertThat(analytics.requests("GET", "/api/v1/surveys/chilonzor-quick/compare"))
                .extracting(FakeApi.Request::query)
                .containsExactly("question=satisfaction&by=channel", "question=satisfaction&by=branch");
        assertThat(analytics.requests()).noneMatch(request -> request.path().contains("book-club"));
    }

    @Test
    void the_list_exports_as_csv_with_the_numbers_raw_and_suppressed_groups_named() {
        navigate(SurveysView.class);

        var csv = new ByteArrayOutputStream();
        test(find(Anchor.class).withClassName("export-csv").single()).download(csv);

        assertThat(csv.toString(StandardCharsets.UTF_8)).contains(
                "Title,Id,Status,Latest version,Published version,Responses,By channel,By branch\r\n"
                        + "About your visit today,chilonzor-quick,Published,1,1,1397,"
                        + "\"Kiosk: Suppressed (fewer than 5 respondents) · QR code: 162 · Website: 1,230 · ",
                "Every kind of question,book-club,Draft,1,–,–,–,–\r\n");
    }

    @Test
    void a_manager_sees_no_create_button_and_the_server_refuses_a_change_even_without_it() {
        navigate(SurveysView.class);

        assertThat(find(Button.class).withClassName("surveys-create").exists()).isFalse();
        assertThatThrownBy(() -> changes.publish("chilonzor-quick")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> changes.createFromTemplate("quick-satisfaction", "new-one", true))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(surveyService.requests()).noneMatch(request -> request.method().equals("POST"));
    }

    @Test
    void when_analytics_is_down_the_surveys_are_listed_without_counts() {
        analytics.reset();
        analytics.on("GET", "/api/v1/surveys/chilonzor-quick/summary", 503, "{\"status\":503}");

        navigate(SurveysView.class);

        assertThat(test(grid()).getCellText(0, 1)).isEqualTo("chilonzor-quick");
        assertThat(test(grid()).getCellText(0, 5)).isEqualTo("Counts unavailable");
    }

    @Test
    @WithMockUser(roles = {"MANAGER", "ADMIN"})
    void an_admin_creates_a_survey_from_a_template_and_lands_on_its_page() {
        offerTemplates();
        var created = SurveyServiceJson.quick("yunusobod-quick", 1);
        surveyService.on("POST", "/api/v1/admin/surveys/from-template", 201,
                SurveyServiceJson.json(SurveyServiceJson.version(created, SurveyStatus.DRAFT)));
        surveyService.get("/api/v1/admin/surveys/yunusobod-quick", SurveyServiceJson.versions(
                SurveyServiceJson.version(created, SurveyStatus.DRAFT)));
        navigate(SurveysView.class);

        createFromTemplate("yunusobod-quick");

        var posted = surveyService.requests("POST", "/api/v1/admin/surveys/from-template");
        assertThat(posted).hasSize(1);
        assertThat(EventJson.mapper().readTree(posted.getFirst().body())).isEqualTo(EventJson.mapper().readTree(
                "{\"template\":\"quick-satisfaction\",\"id\":\"yunusobod-quick\",\"publish\":false}"));
        assertThat(find(H1.class).single().getText()).isEqualTo("About your visit today");
        assertThat(find(Dialog.class).exists()).isFalse();
    }

    @Test
    @WithMockUser(roles = {"MANAGER", "ADMIN"})
    void the_template_dialog_lists_names_and_descriptions_in_the_users_language() {
        offerTemplates();
        UI.getCurrent().setLocale(Locale.of("ru"));
        navigate(SurveysView.class);

        test(find(Button.class).withClassName("surveys-create").single()).click();

        assertThat(find(Span.class).withClassName("template-name").all()).extracting(Span::getText)
                .containsExactly("О вашем сегодняшнем визите", "Ваше мнение о мероприятии");
        assertThat(find(Span.class).withClassName("template-description").first().getText())
                .startsWith("Всего пять вопросов");
    }

    @Test
    @WithMockUser(roles = {"MANAGER", "ADMIN"})
    void a_refusal_with_errors_shows_the_message_next_to_the_field_it_names() {
        offerTemplates();
        String message = "must be 2-64 lower-case letters, digits and '-', starting with a letter or digit";
        surveyService.on("POST", "/api/v1/admin/surveys/from-template", 400, SurveyServiceJson.invalid("id", message));
        navigate(SurveysView.class);

        TextField id = createFromTemplate("chilonzor-quick");

        assertThat(id.isInvalid()).isTrue();
        assertThat(id.getErrorMessage()).isEqualTo(message);
        assertThat(find(Dialog.class).exists()).isTrue();
    }

    @Test
    @WithMockUser(roles = {"MANAGER", "ADMIN"})
    void a_taken_id_is_said_next_to_the_id_field() {
        offerTemplates();
        surveyService.on("POST", "/api/v1/admin/surveys/from-template", 409, """
                {"type":"about:blank","title":"Conflict","status":409,
                 "detail":"A survey with id 'chilonzor-quick' exists already; edit it, or choose another id",
                 "instance":"/api/v1/admin/surveys/from-template"}""");
        navigate(SurveysView.class);

        TextField id = createFromTemplate("chilonzor-quick");

        assertThat(id.getErrorMessage()).isEqualTo(
                "A survey with id 'chilonzor-quick' exists already; edit it, or choose another id");
    }

    @Test
    @WithMockUser(roles = {"MANAGER", "ADMIN"})
    void an_id_survey_service_would_refuse_is_not_sent() {
        offerTemplates();
        navigate(SurveysView.class);

        TextField id = createFromTemplate("Chilonzor Quick!");

        assertThat(id.isInvalid()).isTrue();
        assertThat(surveyService.requests("POST", "/api/v1/admin/surveys/from-template")).isEmpty();
    }

    /** Opens the dialog, picks "About your visit today", types the id and presses Create; returns the id field. */
    private TextField createFromTemplate(String surveyId) {
        test(find(Button.class).withClassName("surveys-create").single()).click();
        test(templates()).selectItem("About your visit today");
        TextField id = find(TextField.class).withLabel("Survey id").single();
        test(id).setValue(surveyId);
        test(find(Button.class).withText("Create").single()).click();
        return id;
    }

    private void offerTemplates() {
        surveyService.get("/api/v1/admin/templates", SurveyServiceJson.json(List.of(
                SurveyServiceJson.template("quick-satisfaction.json"),
                SurveyServiceJson.template("event-feedback.json"))));
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<SurveyDefinition> templates() {
        return find(RadioButtonGroup.class).withLabel("Template").single();
    }

    @SuppressWarnings("unchecked")
    private Grid<SurveyRow> grid() {
        return find(Grid.class).single();
    }
}
