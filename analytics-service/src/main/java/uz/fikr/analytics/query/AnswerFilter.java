package uz.fikr.analytics.query;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The filters every analytics endpoint takes. Dates are whole days in the library's time zone, both inclusive;
 * an absent filter does not restrict.
 */
public record AnswerFilter(
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable Integer version,
        @Nullable String branch,
        @Nullable String readerGroup,
        @Nullable String ageBand,
        @Nullable String channel) {

    public static final AnswerFilter NONE = new AnswerFilter(null, null, null, null, null, null, null);

    public AnswerFilter {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from must not be after to");
        }
        if (version != null && version < 1) {
            throw new IllegalArgumentException("version must be 1 or more");
        }
    }
}
