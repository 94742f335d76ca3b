package uz.fikr.dashboard.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Texts from the bundles in {@code vaadin-i18n/}: {@code translations*.properties} for the frame and the labels
 * every page uses, and one bundle per page ({@code overview*.properties}, {@code inbox*.properties}, ...), whose
 * keys start with the page's name. Like Vaadin's {@link DefaultI18NProvider}, with two differences that the
 * dashboard needs:
 * <ul>
 * <li>the offered locales are fixed and Uzbek comes first, so a browser that asks for none of
 * Uzbek, English and Russian gets Uzbek (Vaadin falls back to the first provided locale);</li>
 * <li>a missing translation falls back to the English base file, never to the server's default
 * locale.</li>
 * </ul>
 */
@Component
public class TranslationProvider implements I18NProvider {

    static final Locale UZBEK = Locale.of("uz");
    static final Locale RUSSIAN = Locale.of("ru");
    public static final List<Locale> LOCALES = List.of(UZBEK, Locale.ENGLISH, RUSSIAN);

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK_TO_SERVER_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final Pattern LOCALE_SUFFIX = Pattern.compile("_(uz|ru|en)(_[A-Za-z]+)?$");

    private final List<String> bundles;

    TranslationProvider() {
        this.bundles = bundleNames();
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        for (String name : bundles) {
            ResourceBundle bundle = ResourceBundle.getBundle(name, locale, TranslationProvider.class.getClassLoader(),
                    NO_FALLBACK_TO_SERVER_LOCALE);
            if (bundle.containsKey(key)) {
                String text = bundle.getString(key);
                return params.length == 0 ? text : new MessageFormat(text, locale).format(params);
            }
        }
        log.warn("No translation for key '{}' in locale {}", key, locale);
        return "!" + key;
    }

    /** The base names of the bundles under {@code vaadin-i18n/}, the frame's {@code translations} first. */
    static List<String> bundleNames() {
        var names = new TreeSet<String>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(
                    "classpath*:" + DefaultI18NProvider.BUNDLE_FOLDER + "/*.properties")) {
                String file = Objects.requireNonNull(resource.getFilename());
                names.add(LOCALE_SUFFIX.matcher(file.substring(0, file.length() - ".properties".length())).replaceAll(""));
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot list the dashboard's translations", ex);
        }
        var ordered = new ArrayList<String>();
        ordered.add(DefaultI18NProvider.BUNDLE_PREFIX);
        names.stream().map(name -> DefaultI18NProvider.BUNDLE_FOLDER + "." + name)
                .filter(name -> !name.equals(DefaultI18NProvider.BUNDLE_PREFIX))
                .forEach(ordered::add);
        return List.copyOf(ordered);
    }
}
