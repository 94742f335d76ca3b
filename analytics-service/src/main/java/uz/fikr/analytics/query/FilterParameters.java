package uz.fikr.analytics.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import uz.fikr.analytics.web.FieldError;
import uz.fikr.analytics.web.InvalidParametersException;
import uz.fikr.events.Channel;
import uz.fikr.events.ReaderProfiles;

/**
 * The filter query parameters as they arrive ({@code from}, {@code to}, {@code version}, {@code branch},
 * {@code readerGroup}, {@code ageBand}, {@code channel}); {@link #toFilter()} checks them all and names every bad
 * one.
 */
public record FilterParameters(@Nullable String from, @Nullable String to, @Nullable String version,
        @Nullable String branch, @Nullable String readerGroup, @Nullable String ageBand, @Nullable String channel) {

    /**
     * The days a filter can name: those whose start, in any time zone, lies within what a ClickHouse
     * {@code DateTime} holds (1970 to early 2106). A date beyond them would reach SQL as text ClickHouse cannot
     * parse, or overflow when the day after {@code to} is computed.
     */
    static final LocalDate EARLIEST = LocalDate.of(1970, 1, 2);
    static final LocalDate LATEST = LocalDate.of(2105, 12, 31);

    public AnswerFilter toFilter() {
        List<FieldError> errors = new ArrayList<>();
        LocalDate fromDate = date("from", from, errors);
        LocalDate toDate = date("to", to, errors);
        Integer versionNumber = version(errors);
        check("branch", branch, value -> ReaderProfiles.BRANCH.matcher(value).matches(),
                "must be a branch code: lower-case letters, digits and '-'", errors);
        check("readerGroup", readerGroup, ReaderProfiles.READER_GROUPS::contains,
                "must be one of " + String.join(", ", ReaderProfiles.READER_GROUPS), errors);
        check("ageBand", ageBand, ReaderProfiles.AGE_BANDS::contains,
                "must be one of " + String.join(", ", ReaderProfiles.AGE_BANDS), errors);
        check("channel", channel, value -> Channel.fromCode(value).isPresent(),
                "must be one of web, qr, kiosk, widget, interview, paper", errors);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            errors.add(new FieldError("from", "must not be after to"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
        return new AnswerFilter(fromDate, toDate, versionNumber, branch, readerGroup, ageBand, channel);
    }

    private static LocalDate date(String field, String value, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (!date.isBefore(EARLIEST) && !date.isAfter(LATEST)) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.add(new FieldError(field, "must be a date like 2026-11-29, from " + EARLIEST + " to " + LATEST));
        return null;
    }

    private Integer version(List<FieldError> errors) {
        if (version == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(version);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError("version", "must be a whole number, 1 or more"));
        return null;
    }

    private static void check(String field, @Nullable String value, Predicate<String> valid, String message,
            List<FieldError> errors) {
        if (value != null && !valid.test(value)) {
            errors.add(new FieldError(field, message));
        }
    }
}
