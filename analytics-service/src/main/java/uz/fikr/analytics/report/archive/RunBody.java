package uz.fikr.analytics.report.archive;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uz.fikr.analytics.report.PeriodKind;
import uz.fikr.analytics.report.ReportLanguage;
import uz.fikr.analytics.report.ReportPeriod;
import uz.fikr.analytics.report.ReportRequest;
import uz.fikr.analytics.web.FieldError;
import uz.fikr.analytics.web.InvalidParametersException;

/**
 * The body of {@code POST /api/v1/reports/runs} as it arrives:
 * {@code {"surveyIds":["library-services"],"period":{"kind":"month","from":"2026-11-01"},"language":"uz-Latn",
 * "branch":null,"requestedBy":"ali"}}. {@link #toRequest} checks every field and names every bad one.
 */
record RunBody(@Nullable List<@Nullable String> surveyIds, @Nullable PeriodBody period, @Nullable String language,
        @Nullable String branch, @Nullable String requestedBy) {

    /** The days a report can cover: those an analytics filter can name. */
    static final LocalDate EARLIEST = LocalDate.of(1970, 1, 2);
    static final LocalDate LATEST = LocalDate.of(2105, 12, 31);

    /**
     * @param kind {@code month}, {@code quarter}, {@code year} (then {@code from} is any day in it) or
     *     {@code custom} (then {@code from} and {@code to}, both inclusive)
     */
    record PeriodBody(@Nullable String kind, @Nullable String from, @Nullable String to) {}

    ReportRequest toRequest(ReportFields fields) {
        List<FieldError> errors = new ArrayList<>();
        List<String> surveys = fields.surveyIds(surveyIds, errors);
        ReportPeriod reportPeriod = period(errors);
        ReportLanguage reportLanguage = fields.language(language, errors);
        fields.branch(branch, errors);
        String requester = ReportFields.text("requestedBy", requestedBy, 200, errors);
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
        return new ReportRequest(surveys, reportPeriod, reportLanguage, branch, null, requester);
    }

    private @Nullable ReportPeriod period(List<FieldError> errors) {
        if (period == null) {
            errors.add(new FieldError("period", "must be given: {\"kind\":\"month\",\"from\":\"2026-11-01\"}"));
            return null;
        }
        PeriodKind kind = period.kind() == null ? null : PeriodKind.fromParameter(period.kind()).orElse(null);
        if (kind == null) {
            errors.add(new FieldError("period.kind", "must be one of month, quarter, year, custom"));
        }
        LocalDate from = date("period.from", period.from(), true, errors);
        LocalDate to = date("period.to", period.to(), kind == PeriodKind.CUSTOM, errors);
        if (kind == null || from == null) {
            return null;
        }
        return switch (kind) {
            case MONTH -> ReportPeriod.month(YearMonth.from(from));
            case QUARTER -> ReportPeriod.quarter(from.getYear(), from.get(IsoFields.QUARTER_OF_YEAR));
            case YEAR -> ReportPeriod.year(from.getYear());
            case CUSTOM -> {
                if (to == null) {
                    yield null;
                }
                if (to.isBefore(from)) {
                    errors.add(new FieldError("period.to", "must not be before period.from"));
                    yield null;
                }
                yield ReportPeriod.custom(from, to);
            }
        };
    }

    private static @Nullable LocalDate date(String field, @Nullable String value, boolean required,
            List<FieldError> errors) {
        if (value == null && !required) {
            return null;
        }
        try {
            LocalDate date = value == null ? null : LocalDate.parse(value);
            if (date != null && !date.isBefore(EARLIEST) && !date.isAfter(LATEST)) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // named below
        }
        errors.add(new FieldError(field, "must be a date like 2026-11-01, from " + EARLIEST + " to " + LATEST));
        return null;
    }
}
