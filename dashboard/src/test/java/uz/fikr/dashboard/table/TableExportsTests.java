package uz.fikr.dashboard.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableExportsTests {

    private static final TableData COMMENTS = TableData.builder("comments", "Latest comments", "Branch", "Comment", "Rating")
            .row("central", "=HYPERLINK(\"http://evil\",\"click\")", new TableData.Cell("4,0", 4.0))
            .row("chilonzor", "Oʻquv zali, juda \"qulay\"\nrahmat", 5)
            .row("yunusobod", "-2+3", null)
            .row("samarqand-darvoza", "@SUM(A1)", new TableData.Cell("3,25", 3.25))
            .build();

    @Test
    void csv_starts_with_a_byte_order_mark_so_spreadsheets_read_uzbek_and_cyrillic_right() {
        byte[] csv = TableExports.csv(COMMENTS);

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(text(csv)).startsWith("Branch,Comment,Rating\r\n");
    }

    @Test
    void a_comment_a_spreadsheet_would_run_as_a_formula_is_exported_as_plain_text() {
        String csv = text(TableExports.csv(COMMENTS));

        assertThat(csv).contains("central,\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\",4\r\n");
        assertThat(csv).contains("yunusobod,'-2+3,\r\n");
        assertThat(csv).contains("samarqand-darvoza,'@SUM(A1),3.25\r\n");
        assertThat(TableExports.neutralised("\t=1")).isEqualTo("'\t=1");
        assertThat(TableExports.neutralised("+998 71 000")).isEqualTo("'+998 71 000");
        assertThat(TableExports.neutralised("Juda yaxshi")).isEqualTo("Juda yaxshi");
    }

    @Test
    void quotes_commas_and_line_breaks_stay_inside_their_cell() {
        String csv = text(TableExports.csv(COMMENTS));

        assertThat(csv).contains("chilonzor,\"Oʻquv zali, juda \"\"qulay\"\"\nrahmat\",5\r\n");
    }

    @Test
    void xlsx_holds_numbers_as_numbers_and_every_text_as_a_string_that_is_never_evaluated() throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(TableExports.xlsx(COMMENTS)))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Latest comments");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Comment");
            var formula = sheet.getRow(1).getCell(1);
            assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getStringCellValue()).startsWith("=HYPERLINK(");
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(4.0);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Oʻquv zali, juda \"qulay\"\nrahmat");
            assertThat(sheet.getRow(4).getCell(2).getNumericCellValue()).isEqualTo(3.25);
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
        }
    }

    private static String text(byte[] csv) {
        return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    }
}
