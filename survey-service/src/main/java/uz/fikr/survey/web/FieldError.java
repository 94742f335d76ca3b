package uz.fikr.survey.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * One refused field of a request: its JSON path (for example {@code answers.satisfaction}), why in English, and the
 * key of that reason in the {@code messages/validation} bundles with its arguments, so a reader's form can say it
 * in the reader's language.
 */
public record FieldError(String field, String message, String code, @JsonIgnore List<Object> arguments) {

    public FieldError {
        arguments = List.copyOf(arguments);
    }

    /** A refusal whose English text comes from the validation bundle. */
    public static FieldError of(String field, String code, Object... arguments) {
        return new FieldError(field, ValidationMessages.english(code, arguments), code, List.of(arguments));
    }

    /** A refusal with a one-off English text and no translation. */
    public FieldError(String field, String message) {
        this(field, message, "invalid", List.of());
    }
}
