package uz.fikr.survey.form;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every reader page has around its content: the language ({@code <html lang>}), links to the other languages
 * and to larger or normal text. The links keep what the page's own link said (channel, branch, invitation).
 */
record PageChrome(ReaderLanguage language, List<LanguageLink> languages, String textSizeLink, boolean largeText) {

    static PageChrome of(String path, Map<String, String> kept, ReaderLanguage language, boolean largeText) {
        List<LanguageLink> languages = Arrays.stream(ReaderLanguage.values())
                .map(other -> new LanguageLink(other.nativeName(), other.tag(), link(path, kept, other, null),
                        other == language))
                .toList();
        String textSize = link(path, kept, language, largeText ? "normal" : ReaderPreferences.LARGE);
        return new PageChrome(language, languages, textSize, largeText);
    }

    /** For {@code <html lang>}. Public methods here are called by the templates. */
    public String lang() {
        return language.tag();
    }

    /** For links and the hidden {@code lang} field. */
    public String param() {
        return language.param();
    }

    private static String link(String path, Map<String, String> kept, ReaderLanguage language,
            @Nullable String textSize) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path)
                .queryParam(ReaderPreferences.LANGUAGE_PARAM, language.param());
        kept.forEach((name, value) -> {
            if (!value.isBlank()) {
                link.queryParam(name, value);
            }
        });
        if (textSize != null) {
            link.queryParam(ReaderPreferences.TEXT_PARAM, textSize);
        }
        return link.encode().build().toUriString();
    }

    /** A link to the same page in another language, named in that language. */
    record LanguageLink(String name, String tag, String href, boolean current) {}
}
