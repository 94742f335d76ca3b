package uz.fikr.dashboard.trends;

import java.util.Locale;

import com.vaadin.flow.component.Component;

import uz.fikr.dashboard.format.Formats;

/**
 * The user's language for helpers that are no components themselves: translations and number formats in one
 * locale. A component passes {@code new Texts(this, getLocale())}.
 */
public record Texts(Component component, Locale locale) {

    public String text(String key, Object... parameters) {
        return component.getTranslation(locale, key, parameters);
    }

    public Formats formats() {
        return Formats.of(locale);
    }
}
