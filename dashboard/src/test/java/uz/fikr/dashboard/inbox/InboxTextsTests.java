package uz.fikr.dashboard.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class InboxTextsTests {

    @Test
    void every_language_has_every_inbox_text() throws IOException {
        Properties english = bundle("inbox.properties");

        assertThat(english.stringPropertyNames()).allMatch(key -> key.startsWith("inbox."));
        assertThat(bundle("inbox_uz.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(bundle("inbox_ru.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void uzbek_writes_o_and_g_with_the_turned_comma_not_an_apostrophe() throws IOException {
        assertThat(bundle("inbox_uz.properties").values()).allSatisfy(text -> assertThat((String) text)
                .doesNotContain("o'", "g'", "O'", "G'", "o`", "g`"));
    }

    private static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (var in = InboxTextsTests.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
