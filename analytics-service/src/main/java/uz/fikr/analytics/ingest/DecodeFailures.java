package uz.fikr.analytics.ingest;

import java.util.Arrays;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import uz.fikr.events.JsonPaths;

/**
 * Why a record could not be read, said without quoting it: the field (its JSON path), what kind of problem, and
 * where in the text malformed JSON breaks off. Jackson's own messages quote the values they could not read, and
 * a record may carry a reader's contact details or free text; the reason goes into a dead letter's header and the
 * log.
 */
final class DecodeFailures {

    private DecodeFailures() {}

    static String reason(Class<?> type, RuntimeException failure) {
        String problem = failure instanceof JacksonException jackson ? describe(jackson)
                : "a value that is not allowed";
        return "not a valid " + type.getSimpleName() + ": " + problem;
    }

    private static String describe(JacksonException e) {
        String field = JsonPaths.of(e.getPath());
        String at = field.isEmpty() ? "" : field + " ";
        return switch (e) {
            case StreamReadException read -> "malformed JSON" + location(read.getLocation());
            case UnrecognizedPropertyException ignored -> at + "is not a field it has";
            case ValueInstantiationException instantiation -> missing(instantiation, at);
            case InvalidFormatException invalid -> at + "has a value that is not allowed" + allowed(invalid);
            case MismatchedInputException mismatched -> at + "has the wrong type" + expected(mismatched);
            default -> at + "cannot be read";
        };
    }

    /** The events' constructors name a missing required field in a NullPointerException, and nothing else. */
    private static String missing(ValueInstantiationException e, String at) {
        Throwable cause = e.getCause();
        if (cause instanceof NullPointerException && cause.getMessage() != null
                && cause.getMessage().matches("[a-zA-Z]{1,40}")) {
            return cause.getMessage() + " is missing";
        }
        return at + "has a value that is not allowed";
    }

    private static String allowed(InvalidFormatException e) {
        Class<?> target = e.getTargetType();
        if (target != null && target.isEnum()) {
            return " (one of " + Arrays.stream(target.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", ")) + ")";
        }
        return target == null ? "" : " (expected " + target.getSimpleName() + ")";
    }

    private static String expected(MismatchedInputException e) {
        return e.getTargetType() == null ? "" : " (expected " + e.getTargetType().getSimpleName() + ")";
    }

    private static String location(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
