package uz.fikr.dashboard.surveys;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;

import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.QuestionType;

/**
 * The questions of a draft in their order: each can move up or down or be removed, and a 1-5 rating or a free-text
 * question can be added at the end. Skip logic is offered from the questions before each one.
 */
class QuestionsEditor extends Div implements QuestionEditor.Moves {

    private final Set<String> savedIds;
    private final List<QuestionEditor> editors = new ArrayList<>();
    private final Div list = new Div();

    /** @param savedIds the ids of questions already saved in some version: their ids cannot change */
    QuestionsEditor(List<Question> questions, Set<String> savedIds) {
        this.savedIds = Set.copyOf(savedIds);
        addClassName("questions-editor");
        questions.forEach(question -> editors.add(new QuestionEditor(question, !savedIds.contains(question.id()),
                this)));
        var addRating = new Button(getTranslation("surveys.editor.addRating"), click -> add(QuestionType.RATING));
        addRating.addClassName("add-rating");
        var addText = new Button(getTranslation("surveys.editor.addText"), click -> add(QuestionType.TEXT));
        addText.addClassName("add-text");
        var adding = new Div(addRating, addText);
        adding.addClassName("question-buttons");
        add(list, adding);
        refresh();
    }

    /** The questions as edited, in order. */
    List<Question> questions() {
        return editors.stream().map(QuestionEditor::toQuestion).toList();
    }

    void register(FieldProblems problems) {
        for (int i = 0; i < editors.size(); i++) {
            editors.get(i).register("questions[" + i + "]", problems);
        }
    }

    @Override
    public void up(QuestionEditor question) {
        move(question, -1);
    }

    @Override
    public void down(QuestionEditor question) {
        move(question, 1);
    }

    @Override
    public void remove(QuestionEditor question) {
        editors.remove(question);
        refresh();
    }

    private void move(QuestionEditor question, int by) {
        int from = editors.indexOf(question);
        int to = from + by;
        if (from >= 0 && to >= 0 && to < editors.size()) {
            editors.remove(from);
            editors.add(to, question);
            refresh();
        }
    }

    /** A new question at the end: required 1-5 rating or optional free text, about the library overall. */
    private void add(QuestionType type) {
        boolean rating = type == QuestionType.RATING;
        String id = freeId(rating ? "rating" : "comment");
        var question = new Question(id, type, rating, Map.of(), "overall", null, rating ? 1 : null, rating ? 5 : null,
                List.of(), null);
        editors.add(new QuestionEditor(question, true, this));
        refresh();
    }

    private String freeId(String prefix) {
        var taken = new HashSet<>(savedIds);
        editors.forEach(editor -> taken.add(editor.id()));
        int n = 1;
        while (taken.contains(prefix + "_" + n)) {
            n++;
        }
        return prefix + "_" + n;
    }

    private void refresh() {
        list.removeAll();
        var earlier = new ArrayList<Question>();
        for (int i = 0; i < editors.size(); i++) {
            QuestionEditor editor = editors.get(i);
            editor.position(i, editors.size(), List.copyOf(earlier));
            earlier.add(editor.toQuestion());
            list.add(editor);
        }
    }
}
