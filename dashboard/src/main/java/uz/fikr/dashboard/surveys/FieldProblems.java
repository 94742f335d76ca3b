package uz.fikr.dashboard.surveys;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import uz.fikr.dashboard.service.ServiceException.FieldProblem;

/**
 * Shows survey-service's refusal of a draft: every problem in a list at the top of the form, in words ("Question 2
 * › option 2 › id: 'a' is used twice"), and each one also beside the field its JSON path names. A problem about a
 * part without a field of its own (a question's scale, its options as a whole) is shown on that part.
 */
class FieldProblems extends Div {

    private static final Pattern INDEXED = Pattern.compile("(questions|options|items)\\[(\\d+)]");
    private static final Set<String> NAMED = Set.of("title", "description", "text", "id", "type", "serviceArea",
            "dimension", "showIf", "question", "anyOf", "atLeast", "atMost", "options", "min", "max", "labels",
            "maxLength", "questions", "items", "allowOther", "profile", "closesAt");

    private final Paragraph heading = new Paragraph();
    private final UnorderedList list = new UnorderedList();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Map<String, Paragraph> areas = new LinkedHashMap<>();

    FieldProblems() {
        addClassName("field-problems");
        getElement().setAttribute("role", "alert");
        heading.addClassName("field-problems-heading");
        add(heading, list);
        setVisible(false);
    }

    /** Forgets the fields and the problems shown; the form registers its fields again before each save. */
    void clear() {
        fields.values().forEach(field -> field.setInvalid(false));
        areas.values().forEach(area -> area.setVisible(false));
        fields.clear();
        areas.clear();
        list.removeAll();
        setVisible(false);
    }

    void field(String path, HasValidation field) {
        fields.put(path, field);
    }

    /** Where problems about {@code path} and its parts without a field are shown. */
    void area(String path, Paragraph area) {
        area.setText("");
        area.setVisible(false);
        areas.put(path, area);
    }

    void show(List<FieldProblem> problems) {
        var messages = new LinkedHashMap<HasValidation, List<String>>();
        for (FieldProblem problem : problems) {
            list.add(new ListItem(place(problem.field()) + ": " + problem.message()));
            HasValidation field = fields.get(problem.field());
            if (field != null) {
                messages.computeIfAbsent(field, f -> new ArrayList<>()).add(problem.message());
                continue;
            }
            Paragraph area = area(problem.field());
            if (area != null) {
                area.setText((area.getText().isEmpty() ? "" : area.getText() + " ") + place(problem.field()) + ": "
                        + problem.message());
                area.setVisible(true);
            }
        }
        messages.forEach((field, texts) -> {
            field.setErrorMessage(String.join("; ", texts));
            field.setInvalid(true);
        });
        heading.setText(getTranslation("surveys.editor.problems", problems.size()));
        setVisible(!problems.isEmpty());
    }

    private Paragraph area(String path) {
        return areas.entrySet().stream()
                .filter(area -> path.equals(area.getKey()) || path.startsWith(area.getKey() + "."))
                .max(Map.Entry.comparingByKey((a, b) -> Integer.compare(a.length(), b.length())))
                .map(Map.Entry::getValue).orElse(null);
    }

    /** A JSON path in words: "questions[1].options[1].id" → "Question 2 › option 2 › id". */
    String place(String path) {
        if (path.isEmpty()) {
            return getTranslation("surveys.editor.place.survey");
        }
        return Arrays.stream(path.split("\\.")).map(this::part).collect(Collectors.joining(" › "));
    }

    private String part(String part) {
        Matcher indexed = INDEXED.matcher(part);
        if (indexed.matches()) {
            return getTranslation("surveys.editor.place." + indexed.group(1), Integer.parseInt(indexed.group(2)) + 1);
        }
        if (SurveyLanguages.ALL.contains(part)) {
            return getTranslation(SurveyLanguages.labelKey(part));
        }
        return NAMED.contains(part) ? getTranslation("surveys.editor.field." + part) : part;
    }
}
