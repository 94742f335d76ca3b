package uz.fikr.events.survey;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One question of a survey. {@code min}/{@code max} bound numeric answers, {@code options} list the allowed choices,
 * {@code maxLength} bounds free text; texts are keyed by language tag (uz-Latn, uz-Cyrl, ru, en). A three-column
 * service-quality item ({@code quality}) is rated 1-9 three times and belongs to a {@code dimension}.
 */
public record Question(
        String id,
        QuestionType type,
        boolean required,
        Map<String, String> text,
        @Nullable String serviceArea,
        @Nullable String dimension,
        @Nullable Integer min,
        @Nullable Integer max,
        List<Option> options,
        @Nullable Integer maxLength) {

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
        text = text == null ? Map.of() : Map.copyOf(text);
    }

    public boolean hasOption(String optionId) {
        return options.stream().anyMatch(option -> option.id().equals(optionId));
    }

    /** An answer option, identified by a stable id. */
    public record Option(String id, Map<String, String> text) {}
}
