package uz.fikr.dashboard.surveys;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import org.jspecify.annotations.Nullable;

import uz.fikr.events.ServiceAreas;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.QuestionType;

/**
 * One question of a draft: its id (only a new question's can change; analytics counts answers by it), its type
 * (fixed), whether it is required, its service area, the dimension of a three-column item, its texts and option
 * labels in the four languages, and its skip logic. What the form does not edit (scales, scale labels, matrix
 * items, the "other" choice, text limits) is kept as it was.
 */
class QuestionEditor extends Section {

    /** What the list of questions does when a question asks to move or go. */
    interface Moves {
        void up(QuestionEditor question);

        void down(QuestionEditor question);

        void remove(QuestionEditor question);
    }

    private final Question original;
    private final H3 heading = new H3();
    private final TextField id = new TextField();
    private final Checkbox required = new Checkbox();
    private final Select<String> serviceArea = new Select<>();
    private final TextField dimension = new TextField();
    private final LanguageTexts text;
    private final @Nullable OptionsEditor options;
    private final SkipLogicEditor skip;
    private final Paragraph problems = new Paragraph();
    private final Button up = new Button();
    private final Button down = new Button();
    private int index;

    QuestionEditor(Question question, boolean isNew, Moves moves) {
        this.original = question;
        addClassName("question-editor");
        problems.addClassName("question-problems");
        id.setLabel(getTranslation("surveys.editor.id"));
        id.setValue(question.id() == null ? "" : question.id());
        id.setReadOnly(!isNew);
        id.setHelperText(getTranslation(isNew ? "surveys.editor.id.new" : "surveys.editor.id.fixed"));
        id.addValueChangeListener(change -> name());
        var type = new Span(getTranslation("surveys.editor.type",
                getTranslation("surveys.type." + question.type().name().toLowerCase(Locale.ROOT))));
        type.addClassName("question-type");
        required.setLabel(getTranslation("surveys.editor.required"));
        required.setValue(question.required());
        serviceArea.setLabel(getTranslation("surveys.editor.serviceArea"));
        serviceArea.setItems(ServiceAreas.ALL);
        serviceArea.setItemLabelGenerator(area -> getTranslation("serviceArea." + area));
        if (question.serviceArea() != null && ServiceAreas.ALL.contains(question.serviceArea())) {
            serviceArea.setValue(question.serviceArea());
        }
        dimension.setLabel(getTranslation("surveys.editor.dimension"));
        dimension.setHelperText(getTranslation("surveys.editor.dimension.help"));
        dimension.setValue(question.dimension() == null ? "" : question.dimension());
        dimension.setVisible(question.type() == QuestionType.QUALITY);
        text = new LanguageTexts(getTranslation("surveys.editor.text"), true, question.text());
        options = question.type() == QuestionType.SINGLE_CHOICE || question.type() == QuestionType.MULTIPLE_CHOICE
                ? new OptionsEditor(question.options()) : null;
        skip = new SkipLogicEditor(question.showIf());
        var fields = new Div(id, type, required, serviceArea, dimension);
        fields.addClassName("question-fields");
        add(heading, problems, fields, text);
        if (options != null) {
            add(options);
        }
        add(skip, buttons(moves));
    }

    private Div buttons(Moves moves) {
        up.addClickListener(click -> moves.up(this));
        down.addClickListener(click -> moves.down(this));
        var remove = new Button(getTranslation("surveys.editor.remove"), click -> moves.remove(this));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        up.setText(getTranslation("surveys.editor.up"));
        down.setText(getTranslation("surveys.editor.down"));
        var buttons = new Div(up, down, remove);
        buttons.addClassName("question-buttons");
        return buttons;
    }

    /** Names the question by its place in the survey and lets it move only where it can. */
    void position(int index, int count, List<Question> earlier) {
        this.index = index;
        name();
        up.setEnabled(index > 0);
        down.setEnabled(index < count - 1);
        skip.setEarlier(earlier);
    }

    private void name() {
        heading.setText(getTranslation("surveys.editor.question", index + 1, id.getValue()));
    }

    String id() {
        return id.getValue().trim();
    }

    /** The question as edited. */
    Question toQuestion() {
        String area = serviceArea.getValue();
        String dimensionValue = original.type() == QuestionType.QUALITY
                ? (dimension.getValue().isBlank() ? null : dimension.getValue().trim()) : original.dimension();
        return new Question(id(), original.type(), required.getValue(), text.values(),
                area == null ? original.serviceArea() : area, dimensionValue, original.min(), original.max(),
                options == null ? original.options() : options.values(), original.maxLength(),
                original.allowOther(), original.items(), skip.value(), original.labels());
    }

    /** Names the fields {@code <path>.id}, {@code <path>.text.uz-Latn}, ... as survey-service's refusals do. */
    void register(String path, FieldProblems problems) {
        problems.area(path, this.problems);
        problems.field(path + ".id", id);
        problems.field(path + ".serviceArea", serviceArea);
        problems.field(path + ".dimension", dimension);
        text.register(path + ".text", problems);
        if (options != null) {
            options.register(path + ".options", problems);
        }
        skip.register(path + ".showIf", problems);
    }
}
