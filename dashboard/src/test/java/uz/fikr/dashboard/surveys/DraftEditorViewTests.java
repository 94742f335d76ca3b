package uz.fikr.dashboard.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.NotFoundException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

import uz.fikr.dashboard.FakeApi;
import uz.fikr.dashboard.security.LoginView;
import uz.fikr.events.EventJson;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.SurveyDefinition;
import uz.fikr.events.survey.SurveyStatus;

@ViewPackages(classes = {DraftEditorView.class, LoginView.class})
@WithMockUser(roles = {"MANAGER", "ADMIN"}) // an admin holds both roles (Role.ADMIN.authorities())
class DraftEditorViewTests extends SurveyPagesTest {

    private static final String DRAFT = "/api/v1/admin/surveys/chilonzor-quick/draft";

    @BeforeEach
    void versionOnePublished() {
        surveyService.get("/api/v1/admin/surveys/chilonzor-quick", SurveyServiceJson.versions(
                SurveyServiceJson.version(SurveyServiceJson.quick("chilonzor-quick", 1), SurveyStatus.PUBLISHED)));
        surveyService.on("PUT", DRAFT, 200, SurveyServiceJson.json(SurveyServiceJson.version(
                SurveyServiceJson.quick("chilonzor-quick", 2), SurveyStatus.DRAFT)));
    }

    @Test
    void says_that_saving_a_published_survey_starts_the_next_version() {
        open();

        assertThat(find(Paragraph.class).withClassName("survey-facts").single().getText())
                .isEqualTo("Version 1 (Published) never changes: saving starts version 2 as a draft.");
    }

    @Test
    void editing_a_question_text_in_uzbek_cyrillic_and_saving_sends_the_changed_definition() {
        open();

        test(field(0, "text-uz-Cyrl")).setValue("Бугун кутубхона сизга ёқдими?");
        save();

        SurveyDefinition sent = sentDefinition();
        assertThat(sent.id()).isEqualTo("chilonzor-quick");
        assertThat(sent.questions().getFirst().text()).containsEntry("uz-Cyrl", "Бугун кутубхона сизга ёқдими?")
                .containsEntry("uz-Latn", "Bugun kutubxonamiz sizga yoqdimi?");
        SurveyDefinition before = SurveyServiceJson.quick("chilonzor-quick", 1);
        assertThat(sent.questions().subList(1, 5)).isEqualTo(before.questions().subList(1, 5));
        assertThat(sent.questions().getFirst().labels()).isEqualTo(before.questions().getFirst().labels());
        assertThat(sent.title()).isEqualTo(before.title());
    }

    @Test
    void an_added_rating_question_and_a_removed_one_reach_survey_service_in_order() {
        open();

        test(find(Button.class).withClassName("add-rating").single()).click();
        test(find(Button.class).withText("Remove the question").atIndex(4)).click(); // "improve"
        test(field(4, "text-uz-Latn")).setValue("Xodimlar sizga yordam berdimi?");
        save();

        SurveyDefinition sent = sentDefinition();
        assertThat(sent.questions()).extracting(Question::id)
                .containsExactly("satisfaction", "recommend", "visited_service", "comment", "rating_1");
        Question added = sent.questions().getLast();
        assertThat(added.type()).hasToString("RATING");
        assertThat(added.text()).isEqualTo(Map.of("uz-Latn", "Xodimlar sizga yordam berdimi?"));
        assertThat(added.required()).isTrue();
    }

    @Test
    void moving_a_question_up_changes_the_order_sent() {
        open();

        test(find(Button.class).withText("Move up").atIndex(2)).click(); // "recommend" before "satisfaction"
        save();

        assertThat(sentDefinition().questions()).extracting(Question::id)
                .startsWith("recommend", "satisfaction", "visited_service");
    }

    @Test
    void a_refusal_is_shown_beside_the_field_it_names_and_in_a_list_in_words() {
        surveyService.on("PUT", DRAFT, 400, SurveyServiceJson.invalid("questions[2].options[1].id",
                "'lending' is used twice"));
        open();

        save();

        TextField optionId = find(TextField.class).withLabel("Option id").atIndex(2);
        assertThat(optionId.isInvalid()).isTrue();
        assertThat(optionId.getErrorMessage()).isEqualTo("'lending' is used twice");
        assertThat(find(ListItem.class).withCondition(item -> item.getParent().isPresent()).all())
                .extracting(ListItem::getText).contains("Question 3 › option 2 › id: 'lending' is used twice");
    }

    @Test
    void a_refusal_of_a_part_without_a_field_is_shown_on_its_question() {
        surveyService.on("PUT", DRAFT, 400, SurveyServiceJson.invalid("questions[0].min",
                "a rating question runs from 1 to 5"));
        open();

        save();

        assertThat(find(Paragraph.class).withClassName("question-problems").single().getText())
                .isEqualTo("Question 1 › scale: a rating question runs from 1 to 5");
    }

    @Test
    @WithMockUser(roles = "MANAGER")
    void a_manager_cannot_open_the_editor() {
        try {
            open();
        }
        catch (IllegalArgumentException | NotFoundException refused) {
            // browserless reports the access check's reroute as an unexpected navigation target
        }

        assertThat(find(Button.class).withClassName("draft-save").exists()).isFalse();
    }

    private void open() {
        navigate(DraftEditorView.class, Map.of(SurveyView.SURVEY_ID, "chilonzor-quick"));
    }

    private void save() {
        test(find(Button.class).withClassName("draft-save").single()).click();
    }

    /** A text of the question at {@code index} (from 0), by the class its language gives it. */
    private TextArea field(int index, String className) {
        var question = find(QuestionEditor.class).atIndex(index + 1);
        return find(TextArea.class, question).withClassName(className).first();
    }

    private SurveyDefinition sentDefinition() {
        List<FakeApi.Request> puts = surveyService.requests("PUT", DRAFT);
        assertThat(puts).hasSize(1);
        return EventJson.mapper().readValue(puts.getFirst().body(), SurveyDefinition.class);
    }
}
