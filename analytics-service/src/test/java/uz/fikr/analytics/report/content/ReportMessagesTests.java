package uz.fikr.analytics.report.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import uz.fikr.analytics.report.ReportLanguage;

class ReportMessagesTests {

    @Test
    void everyMessageKeyExistsInAllThreeLanguages() throws IOException {
        Properties english = load("content.properties");
        Properties russian = load("content_ru.properties");
        Properties uzbek = load("content_uz.properties");

        assertThat(russian.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(uzbek.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void eachReportLanguageFindsItsOwnBundle() {
        assertThat(new ReportText(ReportLanguage.UZ_LATN).get("language.name")).isEqualTo("Oʻzbekcha");
        assertThat(new ReportText(ReportLanguage.RU).get("language.name")).isEqualTo("Русский");
        assertThat(new ReportText(ReportLanguage.EN).get("language.name")).isEqualTo("English");
    }

    @Test
    void placeholdersAreFilledInOrderAndListsReadNaturally() {
        ReportText english = new ReportText(ReportLanguage.EN);

        assertThat(english.get("section.ofSurvey", "Key figures", "Library services"))
                .isEqualTo("Key figures: Library services");
        assertThat(english.list(java.util.List.of("a", "b", "c"))).isEqualTo("a, b and c");
        assertThat(new ReportText(ReportLanguage.RU).list(java.util.List.of("a", "b"))).isEqualTo("a и b");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReportMessagesTests.class.getClassLoader()
                .getResourceAsStream("report/messages/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
