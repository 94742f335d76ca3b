package uz.fikr.dashboard.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import jakarta.servlet.http.Cookie;

import org.springframework.stereotype.Component;

/**
 * Remembers the language a user chose in a cookie, so the next visit (and the login page) opens in it; without
 * the cookie the browser's preferred language decides.
 */
@Component
public class LanguageCookie implements VaadinServiceInitListener {

    static final String NAME = "fikr-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> chosen(VaadinRequest.getCurrent()).ifPresent(locale -> {
            init.getUI().getSession().setLocale(locale);
            init.getUI().setLocale(locale);
        }));
    }

    /** Switches this UI and session to {@code locale} and remembers it for a year. */
    public static void choose(UI ui, Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        ui.setLocale(locale);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            var cookie = new Cookie(NAME, locale.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }

    private static Optional<Locale> chosen(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(cookie -> NAME.equals(cookie.getName()))
                .map(cookie -> Locale.of(cookie.getValue()))
                .filter(TranslationProvider.LOCALES::contains)
                .findFirst();
    }
}
