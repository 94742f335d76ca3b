package uz.fikr.dashboard.surveys;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;

import org.jspecify.annotations.Nullable;

import uz.fikr.events.survey.SurveyDefinition;

/**
 * A survey version as a reader sees it, read-only, in a chosen survey language: the title, the description and
 * every question in order with its scale and skip logic. Drafts are private in survey-service (its form and JSON
 * API show only published versions), so the dashboard renders the preview itself.
 */
class SurveyPreview extends Section {

    private final H2 heading = new H2();
    private final Paragraph note = new Paragraph();
    private final Select<String> language = new Select<>();
    private final Div reader = new Div();
    private @Nullable SurveyDefinition survey;
    private String what = "";

    SurveyPreview() {
        addClassName("survey-preview");
        note.addClassName("survey-preview-note");
        reader.addClassName("survey-preview-form");
        language.setItems(SurveyLanguages.ALL);
        language.addValueChangeListener(change -> render());
        add(heading, note, language, reader);
    }

    /**
     * Shows {@code survey}, first in the user's language.
     *
     * @param what which version this is, e.g. "version 3 (draft)", for the note above the preview
     */
    void show(SurveyDefinition survey, String what) {
        this.survey = survey;
        this.what = what;
        heading.setText(getTranslation("surveys.preview.title"));
        language.setLabel(getTranslation("surveys.preview.language"));
        language.setItemLabelGenerator(tag -> getTranslation(SurveyLanguages.labelKey(tag)));
        if (language.getValue() == null) {
            language.setValue(SurveyLanguages.of(getLocale()));
        }
        render();
    }

    private void render() {
        reader.removeAll();
        if (survey == null || language.getValue() == null) {
            return;
        }
        String tag = language.getValue();
        note.setText(getTranslation("surveys.preview.note", what));
        reader.getElement().setAttribute("lang", tag);
        var title = new H3(SurveyLanguages.reader(survey.title(), tag));
        var description = new Paragraph(SurveyLanguages.reader(survey.description(), tag));
        description.setVisible(!description.getText().isBlank());
        var questions = new OrderedList();
        survey.questions().forEach(question -> questions.add(new QuestionPreview(survey, question, tag)));
        reader.add(title, description, questions);
    }
}
