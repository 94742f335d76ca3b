package uz.fikr.dashboard.surveys;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

import org.jspecify.annotations.Nullable;

import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.QuestionType;

/**
 * A question's skip logic ({@code showIf}): always asked, or only when an earlier choice has one of some options
 * ({@code anyOf}) or an earlier rating or 0-10 answer lies within bounds ({@code atLeast}, {@code atMost}). The
 * earlier questions are offered by id and text; a condition survey-service refuses is kept so that its message
 * can be shown.
 */
class SkipLogicEditor extends FieldSet {

    private static final Set<QuestionType> SOURCES = Set.of(QuestionType.SINGLE_CHOICE,
            QuestionType.MULTIPLE_CHOICE, QuestionType.RATING, QuestionType.NPS);

    private final Select<String> question = new Select<>();
    private final MultiSelectComboBox<String> anyOf = new MultiSelectComboBox<>();
    private final IntegerField atLeast = new IntegerField();
    private final IntegerField atMost = new IntegerField();
    private final Map<String, Question> earlier = new LinkedHashMap<>();

    SkipLogicEditor(Question.@Nullable ShowIf showIf) {
        setLegendText(getTranslation("surveys.editor.showIf"));
        addClassName("skip-logic-editor");
        question.setLabel(getTranslation("surveys.editor.showIf.question"));
        question.setItemLabelGenerator(id -> id.isEmpty() ? getTranslation("surveys.editor.showIf.always")
                : label(id));
        anyOf.setLabel(getTranslation("surveys.editor.showIf.anyOf"));
        anyOf.setItemLabelGenerator(this::optionLabel);
        atLeast.setLabel(getTranslation("surveys.editor.showIf.atLeast"));
        atMost.setLabel(getTranslation("surveys.editor.showIf.atMost"));
        setItems(showIf == null ? "" : showIf.question(), showIf == null ? List.of() : showIf.anyOf());
        if (showIf != null) {
            atLeast.setValue(showIf.atLeast());
            atMost.setValue(showIf.atMost());
        }
        question.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                setItems(change.getValue(), List.of());
            }
        });
        add(question, anyOf, atLeast, atMost);
    }

    /** Offers the answerable questions before this one that skip logic can depend on. */
    void setEarlier(List<Question> questions) {
        earlier.clear();
        questions.stream().flatMap(q -> q.answerable().stream()).filter(q -> SOURCES.contains(q.type()))
                .forEach(q -> earlier.put(q.id(), q));
        setItems(question.getValue() == null ? "" : question.getValue(), anyOf.getValue());
    }

    /** The condition, or null when the question is always asked. */
    Question.@Nullable ShowIf value() {
        String source = question.getValue();
        if (source == null || source.isEmpty()) {
            return null;
        }
        Question known = earlier.get(source);
        boolean choice = known == null || known.type() == QuestionType.SINGLE_CHOICE
                || known.type() == QuestionType.MULTIPLE_CHOICE;
        boolean numeric = known == null || !choice;
        return new Question.ShowIf(source, choice ? List.copyOf(anyOf.getValue()) : List.of(),
                numeric ? atLeast.getValue() : null, numeric ? atMost.getValue() : null);
    }

    void register(String path, FieldProblems problems) {
        problems.field(path + ".question", question);
        problems.field(path + ".anyOf", anyOf);
        problems.field(path + ".atLeast", atLeast);
        problems.field(path + ".atMost", atMost);
    }

    private void setItems(String source, Collection<String> chosen) {
        var sources = new ArrayList<String>();
        sources.add("");
        sources.addAll(earlier.keySet());
        if (!sources.contains(source)) {
            sources.add(source); // survey-service will say why it cannot be
        }
        question.setItems(sources);
        question.setValue(source);
        Question known = earlier.get(source);
        var options = new LinkedHashSet<String>();
        if (known != null) {
            known.options().forEach(option -> options.add(option.id()));
            if (known.allowOther()) {
                options.add(Question.OTHER);
            }
        }
        options.addAll(chosen);
        anyOf.setItems(options);
        anyOf.setValue(chosen);
        boolean choice = known != null && (known.type() == QuestionType.SINGLE_CHOICE
                || known.type() == QuestionType.MULTIPLE_CHOICE);
        boolean numeric = known != null && !choice;
        anyOf.setVisible(choice || known == null && !source.isEmpty());
        atLeast.setVisible(numeric || known == null && !source.isEmpty());
        atMost.setVisible(atLeast.isVisible());
    }

    private String label(String id) {
        Question known = earlier.get(id);
        return known == null ? id
                : id + " – " + SurveyLanguages.text(known.text(), SurveyLanguages.of(getLocale()), "");
    }

    private String optionLabel(String optionId) {
        Question known = earlier.get(question.getValue());
        return known == null ? optionId : known.options().stream().filter(o -> o.id().equals(optionId)).findFirst()
                .map(o -> SurveyLanguages.text(o.text(), SurveyLanguages.of(getLocale()), optionId)).orElse(optionId);
    }
}
