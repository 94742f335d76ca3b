package uz.fikr.analytics.inbox;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uz.fikr.analytics.web.FieldError;

/** Which part of a list to answer: at most {@code limit} entries (1 to 200) after skipping {@code offset}. */
record Paging(int limit, int offset) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;
    static final Paging FIRST = new Paging(DEFAULT_LIMIT, 0);

    /** The paging the parameters ask for; a bad one is added to {@code errors} and the first page stands in. */
    static Paging of(@Nullable String limit, @Nullable String offset, List<FieldError> errors) {
        int parsedLimit = number(limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        if (parsedLimit < 0) {
            errors.add(new FieldError("limit", "must be a whole number from 1 to " + MAX_LIMIT));
        }
        int parsedOffset = number(offset, 0, 0, Integer.MAX_VALUE);
        if (parsedOffset < 0) {
            errors.add(new FieldError("offset", "must be a whole number, 0 or more"));
        }
        return parsedLimit < 0 || parsedOffset < 0 ? FIRST : new Paging(parsedLimit, parsedOffset);
    }

    /** The number, its default when absent, or -1 when it is not a whole number from min to max. */
    private static int number(@Nullable String value, int absent, int min, int max) {
        if (value == null) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value);
            return number >= min && number <= max ? number : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
