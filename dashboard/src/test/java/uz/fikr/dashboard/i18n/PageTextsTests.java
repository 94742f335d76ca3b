package uz.fikr.dashboard.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Compare, Users and Reports pages speak all three languages, with patterns MessageFormat can read. */
class PageTextsTests {

    @ParameterizedTest
    @ValueSource(strings = {"compare", "users", "reports"})
    void every_language_has_every_text_of_the_page(String page) throws IOException {
        Properties english = bundle(page + ".properties");

        assertThat(bundle(page + "_uz.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(bundle(page + "_ru.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).allMatch(key -> key.startsWith(page + "."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"compare.properties", "compare_uz.properties", "compare_ru.properties",
            "users.properties", "users_uz.properties", "users_ru.properties", "reports.properties",
            "reports_uz.properties", "reports_ru.properties"})
    void every_text_is_a_valid_pattern_without_a_lone_apostrophe(String file) throws IOException {
        Properties texts = bundle(file);

        for (String key : texts.stringPropertyNames()) {
            String text = texts.getProperty(key);
            assertThat(text).as(key).doesNotContainPattern("(?<!')'(?!')");
            assertThatCode(() -> new MessageFormat(text, Locale.ROOT).format(new Object[] {"a", "b", "c", "d", "e"}))
                    .as(key).doesNotThrowAnyException();
        }
    }

    private static Properties bundle(String file) throws IOException {
        var properties = new Properties();
        try (InputStream in = PageTextsTests.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
