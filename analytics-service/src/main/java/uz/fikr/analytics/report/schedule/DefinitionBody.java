package uz.fikr.analytics.report.schedule;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.support.CronExpression;
import uz.fikr.analytics.report.PeriodKind;
import uz.fikr.analytics.report.ReportLanguage;
import uz.fikr.analytics.report.archive.ReportFields;
import uz.fikr.analytics.web.FieldError;
import uz.fikr.analytics.web.InvalidParametersException;

/**
 * The body of {@code PUT /api/v1/reports/definitions/{id}} as it arrives; {@link #toDefinition} checks every field
 * and names every bad one ({@code recipients[1]}, {@code cron}). {@code cron} defaults by period kind,
 * {@code timeZone} to Asia/Tashkent, {@code enabled} to true.
 */
record DefinitionBody(@Nullable String name, @Nullable List<@Nullable String> surveyIds, @Nullable String periodKind,
        @Nullable String language, @Nullable String branch, @Nullable List<@Nullable String> recipients,
        @Nullable String cron, @Nullable String timeZone, @Nullable Boolean enabled) {

    static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Tashkent");
    static final int MAX_RECIPIENTS = 20;

    ReportDefinition toDefinition(String id, ReportFields fields) {
        List<FieldError> errors = new ArrayList<>();
        if (!DefinitionsController.ID.matcher(id).matches()) {
            errors.add(new FieldError("id", "must be lower-case letters, digits and '-', at most 64"));
        }
        String checkedName = ReportFields.text("name", name, 200, errors);
        List<String> surveys = fields.surveyIds(surveyIds, errors);
        PeriodKind kind = periodKind == null ? null : PeriodKind.fromParameter(periodKind)
                .filter(parsed -> parsed != PeriodKind.CUSTOM).orElse(null);
        if (kind == null) {
            errors.add(new FieldError("periodKind", "must be one of month, quarter, year"));
        }
        ReportLanguage reportLanguage = fields.language(language, errors);
        fields.branch(branch, errors);
        List<String> addresses = recipients(errors);
        String schedule = cron(kind, errors);
        ZoneId zone = zone(errors);
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
        return new ReportDefinition(id, checkedName, surveys, kind, reportLanguage, branch, addresses, schedule,
                zone, enabled == null || enabled);
    }

    private List<String> recipients(List<FieldError> errors) {
        if (recipients == null || recipients.isEmpty() || recipients.size() > MAX_RECIPIENTS) {
            errors.add(new FieldError("recipients", "must list 1 to " + MAX_RECIPIENTS + " e-mail addresses"));
            return List.of();
        }
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < recipients.size(); i++) {
            String address = recipients.get(i);
            if (address == null || !isMailbox(address)) {
                errors.add(new FieldError("recipients[" + i + "]", "must be an e-mail address like "
                        + "director@library.uz"));
            } else {
                addresses.add(address);
            }
        }
        return addresses;
    }

    /** A bare address (no display name), as strict RFC 822 parsing accepts it, with a domain holding a dot. */
    static boolean isMailbox(String address) {
        if (address.length() > 254 || address.isBlank()) {
            return false;
        }
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            int at = address.lastIndexOf('@');
            return parsed.getAddress().equals(address) && parsed.getPersonal() == null && at > 0
                    && address.indexOf('.', at) > at + 1 && !address.endsWith(".");
        } catch (AddressException e) {
            return false;
        }
    }

    private String cron(@Nullable PeriodKind kind, List<FieldError> errors) {
        if (cron == null) {
            return kind == null ? "" : ReportDefinition.defaultCron(kind);
        }
        if (cron.strip().split("\\s+").length == 6 && CronExpression.isValidExpression(cron)) {
            return cron.strip();
        }
        errors.add(new FieldError("cron", "must be six fields: second minute hour day-of-month month day-of-week, "
                + "e.g. 0 0 8 1 * *"));
        return "";
    }

    private ZoneId zone(List<FieldError> errors) {
        if (timeZone == null) {
            return DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            errors.add(new FieldError("timeZone", "must be a time zone like Asia/Tashkent"));
            return DEFAULT_ZONE;
        }
    }
}
