package uz.fikr.events.survey;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One published version of a survey: what a reader is asked, and what answers are acceptable. */
public record SurveyDefinition(String id, int version, Map<String, String> title, List<Question> questions) {

    public SurveyDefinition {
        questions = List.copyOf(questions);
        title = Map.copyOf(title);
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(question -> question.id().equals(questionId)).findFirst();
    }
}
