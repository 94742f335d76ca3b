package uz.fikr.dashboard.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import uz.fikr.dashboard.filter.FilterOptions;
import uz.fikr.dashboard.security.LoginView;
import uz.fikr.dashboard.table.DataTable;
import uz.fikr.events.survey.SurveyStatus;

@ViewPackages(classes = {SurveyView.class, LoginView.class})
@WithMockUser(roles = {"MANAGER", "ADMIN"}) // an admin holds both roles (Role.ADMIN.authorities())
class SurveyViewTests extends SurveyPagesTest {

    private static final String PUBLISH = "/api/v1/admin/surveys/chilonzor-quick/publish";

    @Autowired
    FilterOptions filterOptions;

    @BeforeEach
    void versionOnePublishedAndVersionTwoDrafted() {
        surveyService.get("/api/v1/admin/surveys/chilonzor-quick", SurveyServiceJson.versions(
                SurveyServiceJson.version(SurveyServiceJson.quick("chilonzor-quick", 1), SurveyStatus.PUBLISHED),
                SurveyServiceJson.version(SurveyServiceJson.quick("chilonzor-quick", 2), SurveyStatus.DRAFT)));
        surveyService.on("POST", PUBLISH, 200, SurveyServiceJson.json(SurveyServiceJson.version(
                SurveyServiceJson.quick("chilonzor-quick", 2), SurveyStatus.PUBLISHED)));
        analyticsCounts("chilonzor-quick");
    }

    @Test
    void shows_the_versions_with_status_and_time_in_tashkent_and_the_counts_per_channel() {
        open();

        assertThat(find(H1.class).single().getText()).isEqualTo("About your visit today");
        assertThat(rows()).contains("2|Draft|Nov 20, 2026, 2:15\u202fPM|director",
                "1|Published|Nov 20, 2026, 2:15\u202fPM|director",
                "QR code|162", "Kiosk|Suppressed (fewer than 5 respondents)", "chilonzor|1,234");
        assertThat(texts()).contains("Responses in total: 1,397");
    }

    @Test
    void publish_calls_survey_service_only_after_the_admin_confirms_and_the_filter_bar_reads_the_surveys_again() {
        surveyService.get("/api/v1/admin/surveys", "[" + SurveyServiceJson.listItem(
                SurveyServiceJson.quick("chilonzor-quick", 2), "published", 2, 1, 2) + "]");
        filterOptions.surveys();
        open();

        test(find(Button.class).withClassName("survey-publish").single()).click();
        assertThat(surveyService.requests("POST", PUBLISH)).isEmpty();

        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(surveyService.requests("POST", PUBLISH)).hasSize(1);
        filterOptions.surveys();
        assertThat(surveyService.requests("GET", "/api/v1/admin/surveys")).hasSize(2);
    }

    @Test
    void cancelling_the_confirmation_publishes_nothing() {
        open();

        test(find(Button.class).withClassName("survey-publish").single()).click();
        test(find(ConfirmDialog.class).single()).cancel();

        assertThat(surveyService.requests("POST", PUBLISH)).isEmpty();
    }

    @Test
    void the_poster_link_carries_the_branch_and_the_language() {
        open();

        test(select("Branch")).selectItem("chilonzor");
        test(select("Language")).selectItem("Russian");

        String survey = "https://fikr.library.uz/s/chilonzor-quick";
        assertThat(href("poster-link")).isEqualTo(survey + "/poster?branch=chilonzor&lang=ru");
        assertThat(href("qr-link")).isEqualTo(survey + "/qr.svg?branch=chilonzor");
        assertThat(href("reader-form-link")).isEqualTo(survey + "?branch=chilonzor&lang=ru");
    }

    @Test
    void the_preview_shows_the_draft_in_the_chosen_language_with_its_scale_and_required_marks() {
        open();

        test(select("Language of the preview")).selectItem("Uzbek (Cyrillic)");

        assertThat(find(ListItem.class).withClassName("question-preview").all()).hasSize(5);
        assertThat(find(ListItem.class).withClassName("question-preview").first().getElement().getTextRecursively())
                .contains("Бугун кутубхонамиз сизга ёқдими?", "(required)", "1 = Умуман ёқмади", "5 = Жуда ёқди");
    }

    @Test
    void the_preview_says_when_a_question_is_asked() {
        surveyService.get("/api/v1/admin/surveys/chilonzor-quick", SurveyServiceJson.versions(
                SurveyServiceJson.version(SurveyServiceJson.everyQuestion("chilonzor-quick"), SurveyStatus.DRAFT)));

        open();

        assertThat(texts()).contains("Asked only if the answer to “How satisfied are you?” is 2 or less.",
                "Asked only if the answer to “Where were you?” is one of: Reading room.");
    }

    @Test
    @WithMockUser(roles = "MANAGER")
    void a_manager_sees_the_survey_but_no_edit_publish_or_close_button() {
        open();

        assertThat(find(H1.class).single().getText()).isEqualTo("About your visit today");
        assertThat(find(Button.class).withClassName("survey-publish").exists()).isFalse();
        assertThat(find(Button.class).withClassName("survey-close").exists()).isFalse();
        assertThat(find(Anchor.class).withClassName("poster-link").exists()).isTrue();
    }

    @Test
    void speaks_uzbek() {
        UI.getCurrent().setLocale(Locale.of("uz"));
        open();

        assertThat(texts()).contains("Jami javoblar: 1\u00a0397");
        assertThat(find(Button.class).withClassName("survey-publish").single().getText())
                .isEqualTo("2-versiyani eʼlon qilish");
    }

    private void open() {
        navigate(SurveyView.class, Map.of(SurveyView.SURVEY_ID, "chilonzor-quick"));
    }

    @SuppressWarnings("unchecked")
    private Select<String> select(String label) {
        return find(Select.class).withLabel(label).single();
    }

    private String href(String className) {
        return find(Anchor.class).withClassName(className).single().getHref();
    }

    private List<String> texts() {
        return find(Paragraph.class).all().stream().map(Paragraph::getText).toList();
    }

    /** The rows of the tables shown, their cells as shown, joined with "|". */
    private List<String> rows() {
        return find(DataTable.class).all().stream().flatMap(table -> table.data().rows().stream())
                .map(row -> String.join("|", row.stream().map(String::valueOf).toList()))
                .toList();
    }
}
