package uz.fikr.dashboard.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import uz.fikr.events.Channel;
import uz.fikr.events.ReaderProfiles;
import uz.fikr.events.ServiceAreas;

class TranslationProviderTests {

    private final TranslationProvider translations = new TranslationProvider();

    @Test
    void a_browser_asking_for_none_of_the_offered_languages_gets_uzbek() {
        // Vaadin picks the provider's default locale when no offered language matches the browser's
        assertThat(translations.getDefaultLocale()).isEqualTo(Locale.of("uz"));
        assertThat(translations.getProvidedLocales()).containsExactly(Locale.of("uz"), Locale.ENGLISH, Locale.of("ru"));
    }

    @Test
    void speaks_uzbek_english_and_russian() {
        assertThat(translations.getTranslation("nav.overview", Locale.of("uz"))).isEqualTo("Umumiy koʻrinish");
        assertThat(translations.getTranslation("overview.responses.heading", Locale.of("uz"))).isEqualTo("Javoblar");
        assertThat(translations.getTranslation("nav.overview", Locale.ENGLISH)).isEqualTo("Overview");
        assertThat(translations.getTranslation("nav.overview", Locale.of("ru"))).isEqualTo("Обзор");
    }

    @Test
    void formats_numbers_in_texts_for_the_language() {
        assertThat(translations.getTranslation("inbox.count", Locale.ENGLISH, 1234)).isEqualTo("Items found: 1,234");
        assertThat(translations.getTranslation("inbox.count", Locale.of("uz"), 1234))
                .isEqualTo("Topildi: 1\u00a0234");
        assertThat(translations.getTranslation("inbox.count", Locale.of("ru"), 1234))
                .isEqualTo("Найдено: 1\u00a0234");
    }

    @Test
    void english_never_turns_into_the_server_language() {
        Locale serverLocale = Locale.getDefault();
        try {
            Locale.setDefault(Locale.of("ru", "RU"));
            assertThat(translations.getTranslation("nav.overview", Locale.ENGLISH)).isEqualTo("Overview");
            assertThat(translations.getTranslation("nav.overview", Locale.GERMAN)).isEqualTo("Overview");
        }
        finally {
            Locale.setDefault(serverLocale);
        }
    }

    @Test
    void every_language_has_every_text_of_every_page() throws IOException {
        List<String> bundles = TranslationProvider.bundleNames();
        assertThat(bundles).first().isEqualTo("vaadin-i18n.translations");

        for (String bundle : bundles) {
            String file = bundle.substring("vaadin-i18n.".length());
            Properties english = bundle(file + ".properties");
            assertThat(bundle(file + "_uz.properties").stringPropertyNames()).as(file + " in Uzbek")
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            assertThat(bundle(file + "_ru.properties").stringPropertyNames()).as(file + " in Russian")
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        }
    }

    @Test
    void labels_of_reader_groups_service_areas_and_channels_exist_for_every_coded_value() {
        for (Locale locale : TranslationProvider.LOCALES) {
            for (String group : ReaderProfiles.READER_GROUPS) {
                assertThat(translations.getTranslation("readerGroup." + group, locale)).doesNotStartWith("!");
            }
            for (String area : ServiceAreas.ALL) {
                assertThat(translations.getTranslation("serviceArea." + area, locale)).doesNotStartWith("!");
            }
            for (Channel channel : Channel.values()) {
                assertThat(translations.getTranslation("channel." + channel.name(), locale)).doesNotStartWith("!");
            }
        }
    }

    @Test
    void a_missing_text_is_marked_rather_than_failing() {
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
    }

    private static Properties bundle(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationProviderTests.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
