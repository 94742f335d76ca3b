package uz.fikr.analytics.report.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import uz.fikr.analytics.report.ReportLanguage;

class SurveyTextsTests {

    @Test
    void aTextMissingInTheReportLanguageFallsBackToEnglishThenUzbekLatin() {
        Map<String, String> uzbekAndEnglish = Map.of("uz-Latn", "Kutubxona", "en", "Library");
        Map<String, String> uzbekOnly = Map.of("uz-Latn", "Kutubxona", "uz-Cyrl", "Кутубхона");

        assertThat(SurveyTexts.pick(uzbekAndEnglish, ReportLanguage.RU, "id")).isEqualTo("Library");
        assertThat(SurveyTexts.pick(uzbekAndEnglish, ReportLanguage.UZ_LATN, "id")).isEqualTo("Kutubxona");
        assertThat(SurveyTexts.pick(uzbekOnly, ReportLanguage.EN, "id")).isEqualTo("Kutubxona");
        assertThat(SurveyTexts.pick(Map.of(), ReportLanguage.EN, "q_affect_1")).isEqualTo("q_affect_1");
    }
}
