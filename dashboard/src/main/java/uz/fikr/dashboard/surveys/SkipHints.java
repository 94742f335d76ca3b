package uz.fikr.dashboard.surveys;

import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;

import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.SurveyDefinition;

/**
 * Skip logic in words, as the reader's form says it without JavaScript: "Asked only if the answer to “…” is one
 * of: …" or "… is 4 or more". Question and option texts are in the preview's language.
 */
final class SkipHints {

    private SkipHints() {
    }

    /** The hint for a question with skip logic, or empty when it is always asked. */
    static Optional<String> of(Component texts, SurveyDefinition survey, Question question, String language) {
        Question.ShowIf showIf = question.showIf();
        if (showIf == null) {
            return Optional.empty();
        }
        Optional<Question> source = survey.question(showIf.question());
        String asked = source.map(q -> SurveyLanguages.reader(q.text(), language)).filter(text -> !text.isBlank())
                .orElse(showIf.question());
        if (!showIf.anyOf().isEmpty()) {
            String options = showIf.anyOf().stream().map(option -> optionText(source, option, language))
                    .collect(Collectors.joining(", "));
            return Optional.of(texts.getTranslation("surveys.preview.showIf.anyOf", asked, options));
        }
        Integer atLeast = showIf.atLeast();
        Integer atMost = showIf.atMost();
        if (atLeast != null && atMost != null) {
            return Optional.of(texts.getTranslation("surveys.preview.showIf.between", asked, atLeast, atMost));
        }
        if (atLeast != null) {
            return Optional.of(texts.getTranslation("surveys.preview.showIf.atLeast", asked, atLeast));
        }
        if (atMost != null) {
            return Optional.of(texts.getTranslation("surveys.preview.showIf.atMost", asked, atMost));
        }
        return Optional.of(texts.getTranslation("surveys.preview.showIf.answered", asked));
    }

    private static String optionText(Optional<Question> source, String optionId, String language) {
        return source.flatMap(question -> question.options().stream()
                .filter(option -> option.id().equals(optionId)).findFirst())
                .map(option -> SurveyLanguages.reader(option.text(), language))
                .filter(text -> !text.isBlank())
                .orElse(optionId);
    }
}
