package uz.fikr.survey.web;

import java.util.List;
import uz.fikr.events.Channel;
import uz.fikr.events.ReaderProfiles;

/** Checks shared by every kind of submission: channel, branch and free text. Problems go into {@code errors}. */
public final class SubmissionFields {

    private SubmissionFields() {}

    /** The channel named by its code; web when none is given. */
    public static Channel channel(String code, List<FieldError> errors) {
        if (code == null) {
            return Channel.WEB;
        }
        return Channel.fromCode(code).orElseGet(() -> {
            errors.add(new FieldError("channel", "must be one of web, qr, kiosk, widget, interview, paper"));
            return Channel.WEB;
        });
    }

    /** The branch code; empty when the submission is about no particular branch. */
    public static String branch(String branch, List<FieldError> errors) {
        if (branch == null || branch.isEmpty()) {
            return "";
        }
        if (!ReaderProfiles.BRANCH.matcher(branch).matches()) {
            errors.add(new FieldError("branch",
                    "must be a branch code: lower-case letters, digits and '-', at most 64 characters"));
        }
        return branch;
    }

    /**
     * Free text within its length limit (counted in characters a reader sees) and without control characters. The
     * refusals carry the codes {@code text.required}, {@code text.too-long} and {@code text.control}.
     */
    public static void checkText(String field, String text, int limit, boolean required, List<FieldError> errors) {
        if (text.isBlank()) {
            if (required) {
                errors.add(FieldError.of(field, "text.required"));
            }
        } else if (text.codePointCount(0, text.length()) > limit) {
            errors.add(FieldError.of(field, "text.too-long", limit));
        } else if (hasControlCharacters(text)) {
            errors.add(FieldError.of(field, "text.control"));
        }
    }

    /**
     * True when the text holds a control character other than tab, line feed or carriage return, or half of a
     * surrogate pair without its other half: not a character at all, and text ClickHouse refuses to store, so
     * analytics would retry its batch for ever.
     */
    public static boolean hasControlCharacters(String text) {
        return text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'
                || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
    }
}
