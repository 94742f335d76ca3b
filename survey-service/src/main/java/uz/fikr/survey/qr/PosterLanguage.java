package uz.fikr.survey.qr;

import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The languages a poster is printed in, chosen by {@code ?lang=}; Uzbek (Latin) when none or an unknown one. */
enum PosterLanguage {

    UZ_LATN("uz", "uz-Latn", "Oʻzbekcha"),
    UZ_CYRL("uz-Cyrl", "uz-Cyrl", "Ўзбекча"),
    RU("ru", "ru", "Русский"),
    EN("en", "en", "English");

    private final String parameter;
    private final String tag;
    private final String displayName;

    PosterLanguage(String parameter, String tag, String displayName) {
        this.parameter = parameter;
        this.tag = tag;
        this.displayName = displayName;
    }

    static PosterLanguage of(@Nullable String lang) {
        return Arrays.stream(values())
                .filter(language -> language.parameter.equalsIgnoreCase(lang) || language.tag.equalsIgnoreCase(lang))
                .findFirst().orElse(UZ_LATN);
    }

    /** The value of {@code ?lang=} that chooses this language. */
    String parameter() {
        return parameter;
    }

    /** The BCP 47 tag, as survey texts are keyed and as {@code <html lang>} takes it. */
    String tag() {
        return tag;
    }

    /** The language's name in itself, for the language links. */
    String displayName() {
        return displayName;
    }

    Locale locale() {
        return Locale.forLanguageTag(tag);
    }
}
