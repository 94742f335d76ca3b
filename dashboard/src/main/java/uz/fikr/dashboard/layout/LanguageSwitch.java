package uz.fikr.dashboard.layout;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

import uz.fikr.dashboard.i18n.LanguageCookie;
import uz.fikr.dashboard.i18n.TranslationProvider;

/**
 * Chooses the interface language; each language is named in itself, so anyone can find their own. It also keeps
 * the page's {@code lang} attribute right for screen readers.
 */
public class LanguageSwitch extends Select<Locale> implements LocaleChangeObserver {

    private static final Map<String, String> NAMES = Map.of("uz", "Oʻzbekcha", "ru", "Русский", "en", "English");

    public LanguageSwitch() {
        addClassName("language-switch");
        setItems(TranslationProvider.LOCALES);
        setItemLabelGenerator(locale -> NAMES.get(locale.getLanguage()));
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                getUI().ifPresent(ui -> LanguageCookie.choose(ui, event.getValue()));
            }
        });
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Locale current = event.getLocale();
        setValue(TranslationProvider.LOCALES.stream()
                .filter(locale -> locale.getLanguage().equals(current.getLanguage()))
                .findFirst().orElse(TranslationProvider.LOCALES.getFirst()));
        setAriaLabel(getTranslation("language.label"));
        event.getUI().getPage().executeJs("document.documentElement.lang = $0", getValue().getLanguage());
    }
}
