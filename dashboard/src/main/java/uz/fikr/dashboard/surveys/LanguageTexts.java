package uz.fikr.dashboard.surveys;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;

/**
 * One text of a survey in its four languages (Uzbek in Latin and Cyrillic script, Russian, English), as a group
 * of labelled fields under a legend. Uzbek (Latin) is required by survey-service; the others may stay empty.
 */
class LanguageTexts extends FieldSet {

    private static final int MAX_TEXT = 1000;

    private final Map<String, TextFieldBase<?, String>> fields = new LinkedHashMap<>();

    LanguageTexts(String legend, boolean multiline, Map<String, String> texts) {
        super(legend);
        addClassName("language-texts");
        for (String language : SurveyLanguages.ALL) {
            TextFieldBase<?, String> field = multiline ? new TextArea() : new TextField();
            field.setLabel(getTranslation(SurveyLanguages.labelKey(language)));
            field.setValue(texts.getOrDefault(language, ""));
            field.getElement().setAttribute("lang", language);
            field.addClassName("text-" + language);
            if (field instanceof TextField line) {
                line.setMaxLength(MAX_TEXT);
            }
            else if (field instanceof TextArea area) {
                area.setMaxLength(MAX_TEXT);
            }
            fields.put(language, field);
            add(field);
        }
        fields.get(SurveyLanguages.ALL.getFirst()).setRequiredIndicatorVisible(true);
    }

    /** The texts given, by language; empty fields are left out. */
    Map<String, String> values() {
        var values = new LinkedHashMap<String, String>();
        fields.forEach((language, field) -> {
            if (!field.getValue().isBlank()) {
                values.put(language, field.getValue());
            }
        });
        return values;
    }

    /** Names each field {@code <path>.<language>}, as survey-service's refusals do. */
    void register(String path, FieldProblems problems) {
        fields.forEach((language, field) -> problems.field(path + "." + language, field));
    }
}
