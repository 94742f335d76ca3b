package uz.fikr.dashboard.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Texts from {@code vaadin-i18n/translations*.properties}, like Vaadin's {@link DefaultI18NProvider},
 * with two differences that the dashboard needs:
 * <ul>
 * <li>the offered locales are fixed and Uzbek comes first, so a browser that asks for none of
 * Uzbek, English and Russian gets Uzbek (Vaadin falls back to the first provided locale);</li>
 * <li>a missing translation falls back to the English base file, never to the server's default
 * locale.</li>
 * </ul>
 */
@Component
class TranslationProvider implements I18NProvider {

    static final Locale UZBEK = Locale.of("uz");
    static final Locale RUSSIAN = Locale.of("ru");
    static final List<Locale> LOCALES = List.of(UZBEK, Locale.ENGLISH, RUSSIAN);

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK_TO_SERVER_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        ResourceBundle bundle = ResourceBundle.getBundle(DefaultI18NProvider.BUNDLE_PREFIX, locale,
                TranslationProvider.class.getClassLoader(), NO_FALLBACK_TO_SERVER_LOCALE);
        if (!bundle.containsKey(key)) {
            log.warn("No translation for key '{}' in locale {}", key, locale);
            return "!" + key;
        }
        String text = bundle.getString(key);
        return params.length == 0 ? text : new MessageFormat(text, locale).format(params);
    }
}
