package uz.fikr.analytics.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import uz.fikr.analytics.report.ReportLanguage;

class RenderMessagesTests {

    @Test
    void eachLanguageFindsItsOwnTextsWhateverTheMachinesLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ru-RU"));
            assertThat(new RenderMessages(ReportLanguage.UZ_LATN).get("contents")).isEqualTo("Mundarija");
            assertThat(new RenderMessages(ReportLanguage.EN).get("contents")).isEqualTo("Contents");
            assertThat(new RenderMessages(ReportLanguage.RU).get("contents")).isEqualTo("Содержание");
        }
        finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void thePageFooterCountsInTheReportsLanguage() {
        assertThat(new RenderMessages(ReportLanguage.RU).format("page.footer", 3, 12)).isEqualTo("Страница 3 из 12");
        assertThat(new RenderMessages(ReportLanguage.UZ_LATN).format("page.footer", 3, 12))
                .isEqualTo("3-sahifa, jami 12");
    }
}
