package uz.fikr.analytics.report.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Component;
import uz.fikr.analytics.report.content.Cell;
import uz.fikr.analytics.report.content.ReportContent;
import uz.fikr.analytics.report.content.Section;
import uz.fikr.analytics.report.content.Table;

/**
 * A report's tables for machines: a ZIP with one CSV file per table, {@code <section-id>-<table-id>.csv}, in UTF-8
 * with a byte-order mark (so Excel reads Cyrillic and ʻ right), CRLF line ends, the column headers first, numbers
 * exact with a dot, missing cells empty, readers' text neutralised (see {@link CsvText}). Entries carry a fixed
 * time, so the same content gives the same bytes.
 */
@Component
public class CsvReportRenderer {

    /**
     * The entries' time, the same on every machine and in every time zone. Not 1 January 1980: the JDK reads that
     * DOS time as "before 1980" and adds a time-zone-dependent extended timestamp.
     */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    public byte[] render(ReportContent content) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Section section : content.sections()) {
                for (Table table : section.tables()) {
                    zip.putNextEntry(FixedTimeZip.entry(section.id().id() + "-" + table.id() + ".csv", ENTRY_TIME));
                    zip.write(UTF8_BOM);
                    zip.write(csv(table).getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot write the CSV files of " + content.cover().title(), ex);
        }
        return bytes.toByteArray();
    }

    private static String csv(Table table) {
        var csv = new StringBuilder();
        line(csv, table.columns().stream().map(column -> CsvText.text(column.header())).toList());
        for (List<Cell> row : table.rows()) {
            line(csv, row.stream().map(CsvReportRenderer::cell).toList());
        }
        return csv.toString();
    }

    private static String cell(Cell cell) {
        return switch (cell) {
            case Cell.Text text -> CsvText.text(text.value());
            case Cell.Number number -> CsvText.number(number.value());
            case Cell.Missing missing -> "";
        };
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(String.join(",", cells)).append("\r\n");
    }
}
