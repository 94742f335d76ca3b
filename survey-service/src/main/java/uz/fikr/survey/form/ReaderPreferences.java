package uz.fikr.survey.form;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.LocaleResolver;

/**
 * What a reader chose for the pages: the language and large text. A link's {@code ?lang=} wins and is remembered in
 * a cookie; without one the cookie, then the browser's Accept-Language, then Uzbek (Latin) decide.
 * {@code ?text=large} and {@code ?text=normal} switch large text without JavaScript, remembered in a cookie that
 * {@code form.js} also sets.
 *
 * <p>It is the application's {@link LocaleResolver}, so {@code #{...}} messages follow the same choice.
 */
final class ReaderPreferences implements LocaleResolver {

    static final String LANGUAGE_PARAM = "lang";
    static final String LANGUAGE_COOKIE = "fikr_lang";
    static final String TEXT_PARAM = "text";
    static final String TEXT_COOKIE = "fikr_text";
    static final String LARGE = "large";
    private static final Duration REMEMBER = Duration.ofDays(365);

    /** The reader's language for this request. */
    static ReaderLanguage language(HttpServletRequest request) {
        return ReaderLanguage.fromParam(request.getParameter(LANGUAGE_PARAM))
                .or(() -> cookie(request, LANGUAGE_COOKIE).flatMap(ReaderLanguage::fromParam))
                .or(() -> browserLanguage(request))
                .orElse(ReaderLanguage.UZ_LATN);
    }

    /** Whether the reader asked for large text, by link or earlier by cookie. */
    static boolean largeText(HttpServletRequest request) {
        String asked = request.getParameter(TEXT_PARAM);
        if (asked != null) {
            return LARGE.equals(asked);
        }
        return cookie(request, TEXT_COOKIE).filter(LARGE::equals).isPresent();
    }

    /** Remembers a language or text size the link asked for, so the next page keeps it. */
    static void remember(HttpServletRequest request, HttpServletResponse response) {
        ReaderLanguage.fromParam(request.getParameter(LANGUAGE_PARAM))
                .ifPresent(language -> response.addCookie(cookie(LANGUAGE_COOKIE, language.param(), request)));
        String text = request.getParameter(TEXT_PARAM);
        if (text != null) {
            response.addCookie(cookie(TEXT_COOKIE, LARGE.equals(text) ? LARGE : "normal", request));
        }
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return language(request).locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
            @Nullable Locale locale) {
        if (response != null && locale != null) {
            ReaderLanguage.of(locale).ifPresent(language ->
                    response.addCookie(cookie(LANGUAGE_COOKIE, language.param(), request)));
        }
    }

    private static Optional<ReaderLanguage> browserLanguage(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Optional.empty();
        }
        return Collections.list(request.getLocales()).stream()
                .map(ReaderLanguage::of).flatMap(Optional::stream).findFirst();
    }

    private static Optional<String> cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(cookie -> cookie.getName().equals(name)).map(Cookie::getValue)
                .findFirst();
    }

    /**
     * A preference, not a secret: no HttpOnly, because form.js switches the text size without a round trip; Secure
     * whenever the page came over HTTPS (behind a proxy: with {@code SERVER_FORWARD_HEADERS_STRATEGY} set).
     */
    private static Cookie cookie(String name, String value, HttpServletRequest request) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath("/");
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge((int) REMEMBER.toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
