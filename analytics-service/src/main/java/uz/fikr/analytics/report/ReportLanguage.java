package uz.fikr.analytics.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages a report is written in, chosen per report. */
public enum ReportLanguage {
    UZ_LATN("uz-Latn", Locale.forLanguageTag("uz-Latn-UZ")),
    RU("ru", Locale.forLanguageTag("ru-RU")),
    EN("en", Locale.forLanguageTag("en-GB"));

    private final String code;
    private final Locale locale;

    ReportLanguage(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** The code in the API and in survey texts: {@code uz-Latn}, {@code ru}, {@code en}. */
    public String code() {
        return code;
    }

    /** The locale for message bundles, dates and numbers. */
    public Locale locale() {
        return locale;
    }

    public static Optional<ReportLanguage> fromCode(String code) {
        return Arrays.stream(values()).filter(language -> language.code.equals(code)).findFirst();
    }
}
