package uz.fikr.analytics.web;

import java.util.List;

/** A request refused for the listed parameters: 400, nothing queried. */
public class InvalidParametersException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidParametersException(List<FieldError> errors) {
        super("Invalid parameters: " + errors);
        this.errors = List.copyOf(errors);
    }

    public static InvalidParametersException of(String field, String message) {
        return new InvalidParametersException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
