package uz.fikr.analytics.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import uz.fikr.analytics.report.ReportLanguage;
import uz.fikr.analytics.report.content.Cell;
import uz.fikr.analytics.report.content.ReportContent;
import uz.fikr.analytics.report.content.Section;
import uz.fikr.analytics.report.content.Table;

class CsvReportRendererTests {

    private final CsvReportRenderer renderer = new CsvReportRenderer();

    @Test
    void theZipHoldsOneFilePerTableNamedBySectionAndTableWithAFixedTime() throws IOException {
        ReportContent content = ReportFixtures.report(ReportLanguage.UZ_LATN);
        List<String> expected = new ArrayList<>();
        for (Section section : content.sections()) {
            section.tables().forEach(table -> expected.add(section.id().id() + "-" + table.id() + ".csv"));
        }

        Map<String, byte[]> files = unzip(renderer.render(content));

        assertThat(files.keySet()).containsExactlyElementsOf(expected);
        try (var zip = new ZipInputStream(new ByteArrayInputStream(renderer.render(content)))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertThat(entry.getTimeLocal()).isEqualTo(CsvReportRenderer.ENTRY_TIME);
            }
        }
        assertThat(renderer.render(content)).isEqualTo(renderer.render(content));
    }

    @Test
    void theBytesDoNotDependOnTheServersTimeZone() {
        ReportContent content = ReportFixtures.report(ReportLanguage.EN);
        List<byte[]> renders = ZoneIndependence.renderIn(() -> renderer.render(content), "UTC", "Asia/Tashkent",
                "America/New_York");

        assertThat(renders).allSatisfy(bytes -> assertThat(bytes).isEqualTo(renders.getFirst()));
    }

    @Test
    void eachFileIsUtf8WithAByteOrderMarkTheHeadersFirstAndNumbersThatReadBackExactly() throws IOException {
        ReportContent content = ReportFixtures.report(ReportLanguage.RU);
        Map<String, byte[]> files = unzip(renderer.render(content));
        for (Section section : content.sections()) {
            for (Table table : section.tables()) {
                byte[] bytes = files.get(section.id().id() + "-" + table.id() + ".csv");
                assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
                List<List<String>> rows = parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
                assertThat(rows.getFirst()).containsExactlyElementsOf(
                        table.columns().stream().map(Table.Column::header).toList());
                for (int r = 0; r < table.rows().size(); r++) {
                    for (int c = 0; c < table.columns().size(); c++) {
                        String written = rows.get(r + 1).get(c);
                        switch (table.rows().get(r).get(c)) {
                            case Cell.Number number ->
                                    assertThat(Double.parseDouble(written)).isEqualTo(number.value());
                            case Cell.Missing missing -> assertThat(written).isEmpty();
                            case Cell.Text text -> assertThat(written).isEqualTo(CsvText.neutralised(text.value()));
                        }
                    }
                }
            }
        }
    }

    @Test
    void aReadersFormulaGetsALeadingApostropheAndQuotesAreDoubled() throws IOException {
        String themes = new String(unzip(renderer.render(ReportFixtures.report(ReportLanguage.EN)))
                .get("themes-themes-comments.csv"), StandardCharsets.UTF_8);

        assertThat(themes).contains("\"<script>alert(1)</script> =HYPERLINK(\"\"http://x\"\")\"")
                .contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"").contains("\r\n");
    }

    @Test
    void numbersAreWrittenPlainlyWithADot() {
        assertThat(CsvText.number(4.1234)).isEqualTo("4.1234");
        assertThat(CsvText.number(1287)).isEqualTo("1287");
        assertThat(CsvText.number(0.0004)).isEqualTo("0.0004");
        assertThat(CsvText.number(-0.4321)).isEqualTo("-0.4321");
        assertThat(CsvText.number(1e21)).isEqualTo("1000000000000000000000");
        assertThat(CsvText.number(-0.0)).isEqualTo("0");
        assertThat(CsvText.number(Double.NaN)).isEmpty();
    }

    @Test
    void textsASpreadsheetWouldEvaluateAreNeutralised() {
        assertThat(List.of("=1+2", "+7", "-3", "@SUM(A1)", "\tx", "\rx").stream().map(CsvText::neutralised))
                .allSatisfy(text -> assertThat(text).startsWith("'"));
        assertThat(CsvText.neutralised("Oʻquv zali")).isEqualTo("Oʻquv zali");
        assertThat(CsvText.text("a, b")).isEqualTo("\"a, b\"");
        assertThat(CsvText.text("line\nbreak")).isEqualTo("\"line\nbreak\"");
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        }
        return files;
    }

    /** A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                }
                else if (c == '"') {
                    quoted = false;
                }
                else {
                    field.append(c);
                }
            }
            else if (c == '"') {
                quoted = true;
            }
            else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            }
            else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            }
            else {
                field.append(c);
            }
        }
        return rows;
    }
}
