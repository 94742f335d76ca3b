package uz.fikr.events;

import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Names the field a JSON mapping error is about, as a reader of the API would write it ({@code answers.q1},
 * {@code questions[2].options[0].id}), and what was wrong with it: for survey-service's refusals and
 * analytics-service's dead letters alike.
 */
public final class JsonPaths {

    private JsonPaths() {}

    public static String of(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    public static String reason(JacksonException e) {
        return switch (e) {
            case UnrecognizedPropertyException ignored -> "unknown field";
            case InvalidFormatException invalid -> "has the wrong format (expected "
                    + invalid.getTargetType().getSimpleName() + ")";
            case MismatchedInputException mismatched -> "has the wrong type"
                    + (mismatched.getTargetType() == null ? "" : " (expected "
                            + mismatched.getTargetType().getSimpleName() + ")");
            case InputCoercionException ignored -> "is out of range";
            default -> "cannot be read";
        };
    }
}
