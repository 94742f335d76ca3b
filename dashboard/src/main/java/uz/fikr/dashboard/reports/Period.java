package uz.fikr.dashboard.reports;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.jspecify.annotations.Nullable;

/**
 * A report's period as analytics-service writes it: {@code month}, {@code quarter} or {@code year} with any day in
 * it as {@code from}, or {@code custom} with both days. A request leaves {@code to} out unless the period is custom.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Period(String kind, LocalDate from, @Nullable LocalDate to) {

    static final String MONTH = "month";
    static final String QUARTER = "quarter";
    static final String YEAR = "year";
    static final String CUSTOM = "custom";
}
