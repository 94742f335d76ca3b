package uz.fikr.analytics.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.util.WorkbookUtil;
import org.junit.jupiter.api.Test;

class SheetNamesTests {

    @Test
    void aTitleLosesTheCharactersASpreadsheetRefusesAndIsCutTo31() {
        String name = new SheetNames().unique("Gaps [items]: what/why? * \\ 'quoted' and a very long tail", "x");

        assertThat(name).hasSizeLessThanOrEqualTo(31).doesNotContain("[", "]", ":", "*", "?", "/", "\\")
                .doesNotStartWith("'").startsWith("Gaps items what why");
        WorkbookUtil.validateSheetName(name);
    }

    @Test
    void twoSectionsWithTheSameTitleGetTwoSheets() {
        var names = new SheetNames();

        assertThat(names.unique("Trends", "trends")).isEqualTo("Trends");
        assertThat(names.unique("TRENDS", "trends")).isEqualTo("TRENDS (2)");
        assertThat(names.unique("Oʻquv zali va kutubxona xizmatlari sifati", "q")).hasSize(31);
        assertThat(names.unique("Oʻquv zali va kutubxona xizmatlari sifati", "q"))
                .isEqualTo("Oʻquv zali va kutubxona xiz (2)");
    }

    @Test
    void aTitleOfNothingButForbiddenCharactersFallsBackToTheSectionId() {
        assertThat(new SheetNames().unique("[]:*?", "methodology")).isEqualTo("methodology");
    }
}
