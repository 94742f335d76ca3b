package uz.fikr.survey.form;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Which language and text size a reader's pages use. */
class ReaderPreferencesTests {

    private final ReaderPreferences resolver = new ReaderPreferences();

    @Test
    void without_any_hint_the_pages_are_in_uzbek_latin() {
        assertThat(resolver.resolveLocale(new MockHttpServletRequest())).isEqualTo(Locale.forLanguageTag("uz"));
    }

    @Test
    void the_browser_s_first_language_the_form_speaks_is_taken() {
        assertThat(ReaderPreferences.language(browser("de-DE,de;q=0.9,ru;q=0.8,en;q=0.7")))
                .isEqualTo(ReaderLanguage.RU);
        assertThat(ReaderPreferences.language(browser("uz-Cyrl-UZ,uz;q=0.9"))).isEqualTo(ReaderLanguage.UZ_CYRL);
        assertThat(ReaderPreferences.language(browser("uz-UZ"))).isEqualTo(ReaderLanguage.UZ_LATN);
        assertThat(ReaderPreferences.language(browser("fr-FR"))).isEqualTo(ReaderLanguage.UZ_LATN);
    }

    @Test
    void a_link_s_language_wins_over_the_cookie_and_the_cookie_over_the_browser() {
        MockHttpServletRequest request = browser("en");
        request.setCookies(new Cookie(ReaderPreferences.LANGUAGE_COOKIE, "ru"));
        assertThat(ReaderPreferences.language(request)).isEqualTo(ReaderLanguage.RU);

        request.setParameter("lang", "uz-Cyrl");
        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.forLanguageTag("uz-Cyrl"));
    }

    @Test
    void a_chosen_language_and_large_text_are_remembered_in_cookies() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setParameter("lang", "uz-cyrl");
        request.setParameter("text", "large");
        MockHttpServletResponse response = new MockHttpServletResponse();

        ReaderPreferences.remember(request, response);

        assertThat(response.getCookie(ReaderPreferences.LANGUAGE_COOKIE).getValue()).isEqualTo("uz-Cyrl");
        assertThat(response.getCookie(ReaderPreferences.TEXT_COOKIE).getValue()).isEqualTo("large");
        assertThat(ReaderPreferences.largeText(request)).isTrue();
    }

    @Test
    void the_uzbek_cyrillic_locale_finds_its_own_message_bundle() {
        assertThat(ReaderLanguage.UZ_CYRL.locale().getScript()).isEqualTo("Cyrl");
        assertThat(ResourceBundle.getBundle("messages/form", ReaderLanguage.UZ_CYRL.locale())
                .getString("form.send")).isEqualTo("Жавобларни юбориш");
    }

    private static MockHttpServletRequest browser(String acceptLanguage) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", acceptLanguage);
        request.setPreferredLocales(Arrays.stream(acceptLanguage.split(","))
                .map(range -> Locale.forLanguageTag(range.split(";")[0].strip())).toList());
        return request;
    }
}
