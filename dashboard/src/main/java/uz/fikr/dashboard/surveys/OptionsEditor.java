package uz.fikr.dashboard.surveys;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.textfield.TextField;

import uz.fikr.events.survey.Question;

/**
 * The options of a choice question: each with its id (what analytics counts it by) and its label in the four
 * languages; options can be added and removed. An "other" choice is not an option here: the question's
 * {@code allowOther} adds it and is kept as it is.
 */
class OptionsEditor extends FieldSet {

    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();

    /** One option's fields. */
    private final class Row extends Div {
        private final TextField id = new TextField();
        private final LanguageTexts texts;

        Row(Question.Option option) {
            addClassName("option-editor");
            id.setLabel(getTranslation("surveys.editor.option.id"));
            id.setValue(option.id() == null ? "" : option.id());
            texts = new LanguageTexts(getTranslation("surveys.editor.option.label"), false, option.text());
            var remove = new Button(getTranslation("surveys.editor.option.remove"), click -> removeRow(this));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            add(id, texts, remove);
        }
    }

    OptionsEditor(List<Question.Option> options) {
        setLegendText(getTranslation("surveys.editor.options"));
        addClassName("options-editor");
        options.forEach(option -> rows.add(new Row(option)));
        var addOption = new Button(getTranslation("surveys.editor.option.add"), click -> {
            rows.add(new Row(new Question.Option("", null)));
            refresh();
        });
        addOption.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(list, addOption);
        refresh();
    }

    List<Question.Option> values() {
        return rows.stream().map(row -> new Question.Option(row.id.getValue().trim(), row.texts.values())).toList();
    }

    void register(String path, FieldProblems problems) {
        for (int i = 0; i < rows.size(); i++) {
            problems.field(path + "[" + i + "].id", rows.get(i).id);
            rows.get(i).texts.register(path + "[" + i + "].text", problems);
        }
    }

    private void removeRow(Row row) {
        rows.remove(row);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        rows.forEach(list::add);
    }
}
