package uz.fikr.analytics.report.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uz.fikr.analytics.report.ReportLanguage;
import uz.fikr.analytics.survey.SurveyCatalog;
import uz.fikr.analytics.web.FieldError;
import uz.fikr.analytics.web.InvalidParametersException;
import uz.fikr.events.ReaderProfiles;

/**
 * The checks every report request shares, on demand and in a definition: the surveys, the language and the branch.
 * Each adds what is wrong to a list of errors, naming the field, so a request is refused once with all of them.
 */
@Component
public class ReportFields {

    static final int MAX_SURVEYS = 10;
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final SurveyCatalog catalog;

    ReportFields(SurveyCatalog catalog) {
        this.catalog = catalog;
    }

    /** The surveys, each one this service knows; {@code surveyIds[1]} names the second when it is unknown. */
    public List<String> surveyIds(@Nullable List<@Nullable String> surveyIds, List<FieldError> errors) {
        if (surveyIds == null || surveyIds.isEmpty() || surveyIds.size() > MAX_SURVEYS) {
            errors.add(new FieldError("surveyIds", "must name 1 to " + MAX_SURVEYS + " surveys"));
            return List.of();
        }
        List<String> known = new ArrayList<>();
        for (int i = 0; i < surveyIds.size(); i++) {
            String surveyId = surveyIds.get(i);
            if (surveyId == null || catalog.find(surveyId).isEmpty()) {
                errors.add(new FieldError("surveyIds[" + i + "]", "is not a survey this service knows"));
            } else if (known.contains(surveyId)) {
                errors.add(new FieldError("surveyIds[" + i + "]", "names a survey already listed"));
            } else {
                known.add(surveyId);
            }
        }
        return known;
    }

    public @Nullable ReportLanguage language(@Nullable String code, List<FieldError> errors) {
        ReportLanguage language = code == null ? null : ReportLanguage.fromCode(code).orElse(null);
        if (language == null) {
            errors.add(new FieldError("language", "must be one of uz-Latn, ru, en"));
        }
        return language;
    }

    /** The branch, as the analytics filters take it; null (the whole library) is fine. */
    public @Nullable String branch(@Nullable String branch, List<FieldError> errors) {
        if (branch != null && !ReaderProfiles.BRANCH.matcher(branch).matches()) {
            errors.add(new FieldError("branch", "must be a branch code: lower-case letters, digits and '-'"));
        }
        return branch;
    }

    /** A required line of text without control characters, at most {@code max} characters. */
    public static String text(String field, @Nullable String value, int max, List<FieldError> errors) {
        if (value == null || value.isBlank() || value.length() > max
                || value.codePoints().anyMatch(c -> Character.isISOControl(c)
                        || Character.getType(c) == Character.SURROGATE)) {
            errors.add(new FieldError(field, "must be given: 1 to " + max
                    + " characters, no control characters or half a surrogate pair"));
            return "";
        }
        return value.strip();
    }

    /** An id in a path: a UUID, or 400 naming {@code field}. */
    static UUID uuid(String field, String value, String what) {
        if (!UUID_TEXT.matcher(value).matches()) {
            throw InvalidParametersException.of(field, "must be " + what + ": a UUID");
        }
        return UUID.fromString(value.toLowerCase(Locale.ROOT));
    }
}
