package uz.fikr.survey.form;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The languages a reader's page speaks: forms and posters. {@link #param} is what links carry ({@code ?lang=uz-Cyrl}), {@link #tag} keys the
 * survey's texts and goes into {@code <html lang>}, {@link #locale} picks the message bundle ({@code form_uz_Cyrl}).
 */
public enum ReaderLanguage {
    UZ_LATN("uz", "uz-Latn", "Oʻzbekcha", Locale.forLanguageTag("uz")),
    UZ_CYRL("uz-Cyrl", "uz-Cyrl", "Ўзбекча", Locale.forLanguageTag("uz-Cyrl")),
    RU("ru", "ru", "Русский", Locale.forLanguageTag("ru")),
    EN("en", "en", "English", Locale.ENGLISH);

    private final String param;
    private final String tag;
    private final String nativeName;
    private final Locale locale;

    ReaderLanguage(String param, String tag, String nativeName, Locale locale) {
        this.param = param;
        this.tag = tag;
        this.nativeName = nativeName;
        this.locale = locale;
    }

    public String param() {
        return param;
    }

    public String tag() {
        return tag;
    }

    /** The language's name in itself, as a language switch shows it. */
    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return locale;
    }

    /** The language a link or cookie names: {@code uz}, {@code uz-Latn}, {@code uz-Cyrl}, {@code ru}, {@code en}. */
    public static Optional<ReaderLanguage> fromParam(@Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(language -> language.param.equalsIgnoreCase(value) || language.tag.equalsIgnoreCase(value))
                .findFirst();
    }

    /** The language a browser's locale asks for: Uzbek in Cyrillic when it names that script, else in Latin. */
    static Optional<ReaderLanguage> of(Locale locale) {
        return switch (locale.getLanguage()) {
            case "uz" -> Optional.of("Cyrl".equalsIgnoreCase(locale.getScript()) ? UZ_CYRL : UZ_LATN);
            case "ru" -> Optional.of(RU);
            case "en" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }

    /**
     * A survey text in this language, else in Uzbek (Latin), else any. The language it is really in travels with it,
     * so a screen reader pronounces a fallback text in its own language.
     */
    LocalText pick(Map<String, String> texts) {
        String own = texts.get(tag);
        if (own != null && !own.isBlank()) {
            return new LocalText(own, null);
        }
        String fallback = texts.get(UZ_LATN.tag);
        if (fallback != null && !fallback.isBlank()) {
            return new LocalText(fallback, UZ_LATN.tag);
        }
        return texts.entrySet().stream().filter(text -> !text.getValue().isBlank()).findFirst()
                .map(text -> new LocalText(text.getValue(), text.getKey())).orElse(new LocalText("", null));
    }

    /**
     * A text to show and, when it is not in the page's language, the language it is in (for a {@code lang}
     * attribute).
     */
    record LocalText(String value, @Nullable String lang) {}
}
