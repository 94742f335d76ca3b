package uz.fikr.analytics.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uz.fikr.analytics.report.ReportLanguage;
import uz.fikr.analytics.report.content.Cell;
import uz.fikr.analytics.report.content.ReportContent;
import uz.fikr.analytics.report.content.Section;
import uz.fikr.analytics.report.content.Table;

class XlsxReportRendererTests {

    private static final Instant GENERATED = Instant.parse("2026-12-01T03:00:00Z");

    private final XlsxReportRenderer renderer = new XlsxReportRenderer();

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void theWorkbookHasTheSummarySheetFirstThenOneSheetPerSection(ReportLanguage language) throws IOException {
        ReportContent content = ReportFixtures.report(language);
        try (Workbook workbook = open(renderer.render(content, GENERATED))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1 + content.sections().size());
            assertThat(texts(workbook.getSheetAt(0))).contains(content.cover().title(), content.cover().library(),
                    content.cover().period()).containsAll(content.summary());
            for (int s = 0; s < content.sections().size(); s++) {
                Section section = content.sections().get(s);
                assertThat(workbook.getSheetName(s + 1)).isEqualTo(SheetNames.valid(section.title()));
                assertThat(texts(workbook.getSheetAt(s + 1))).contains(section.title())
                        .containsAll(section.tables().stream().map(Table::caption).toList());
            }
        }
    }

    @Test
    void everyNumberIsANumericCellHoldingTheExactValueWithItsColumnsFormat() throws IOException {
        ReportContent content = ReportFixtures.report(ReportLanguage.RU);
        try (Workbook workbook = open(renderer.render(content, GENERATED))) {
            for (int s = 0; s < content.sections().size(); s++) {
                Sheet sheet = workbook.getSheetAt(s + 1);
                for (Table table : content.sections().get(s).tables()) {
                    int header = rowOf(sheet, table.columns().getFirst().header(), table.caption());
                    for (int r = 0; r < table.rows().size(); r++) {
                        Row row = sheet.getRow(header + 1 + r);
                        for (int c = 0; c < table.columns().size(); c++) {
                            var written = row.getCell(c);
                            switch (table.rows().get(r).get(c)) {
                                case Cell.Number number -> {
                                    assertThat(written.getCellType()).isEqualTo(CellType.NUMERIC);
                                    assertThat(written.getNumericCellValue()).isEqualTo(number.value());
                                    assertThat(written.getCellStyle().getDataFormatString())
                                            .isEqualTo(XlsxStyles.pattern(table.columns().get(c).kind()));
                                }
                                case Cell.Text text -> assertThat(written.getStringCellValue()).isEqualTo(text.value());
                                case Cell.Missing missing ->
                                        assertThat(written.getStringCellValue()).isEqualTo(missing.reason());
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void aReadersFormulaStaysAStringThatNoSpreadsheetEvaluates() throws IOException {
        try (Workbook workbook = open(renderer.render(ReportFixtures.report(ReportLanguage.EN), GENERATED))) {
            List<org.apache.poi.ss.usermodel.Cell> comments = new ArrayList<>();
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (var cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING && (cell.getStringCellValue()
                                .equals(ReportFixtures.COMMENT) || cell.getStringCellValue()
                                .equals(ReportFixtures.FORMULA_COMMENT))) {
                            comments.add(cell);
                        }
                        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith("=")) {
                            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
                        }
                    }
                }
            }
            assertThat(comments).hasSize(2);
        }
    }

    @Test
    void twoRendersAreByteIdenticalAndCarryTheMomentOfGeneration() throws IOException {
        ReportContent content = ReportFixtures.report(ReportLanguage.UZ_LATN);
        byte[] xlsx = renderer.render(content, GENERATED);

        assertThat(renderer.render(content, GENERATED)).isEqualTo(xlsx);
        try (XSSFWorkbook workbook = open(xlsx)) {
            var core = workbook.getProperties().getCoreProperties();
            assertThat(core.getCreated().toInstant()).isEqualTo(GENERATED);
            assertThat(core.getModified().toInstant()).isEqualTo(GENERATED);
        }
        try (var zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            List<LocalDateTime> times = new ArrayList<>();
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                times.add(entry.getTimeLocal());
            }
            assertThat(times).isNotEmpty().containsOnly(LocalDateTime.ofInstant(GENERATED, ZoneOffset.UTC));
        }
    }

    @Test
    void theBytesDoNotDependOnTheServersTimeZone() {
        ReportContent content = ReportFixtures.report(ReportLanguage.EN);
        List<byte[]> renders = ZoneIndependence.renderIn(() -> renderer.render(content, GENERATED), "UTC",
                "Asia/Tashkent", "America/New_York");

        assertThat(renders).allSatisfy(bytes -> assertThat(bytes).isEqualTo(renders.getFirst()));
    }

    private static int rowOf(Sheet sheet, String header, String caption) {
        for (Row row : sheet) {
            var first = row.getCell(0);
            var above = sheet.getRow(row.getRowNum() - 1);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(header)
                    && above != null && above.getCell(0).getStringCellValue().equals(caption)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no table " + caption + " on " + sheet.getSheetName());
    }

    private static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (var cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }

    private static XSSFWorkbook open(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }
}
