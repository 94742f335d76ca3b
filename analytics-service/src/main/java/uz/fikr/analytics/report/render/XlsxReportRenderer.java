package uz.fikr.analytics.report.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uz.fikr.analytics.report.content.Cell;
import uz.fikr.analytics.report.content.CellKind;
import uz.fikr.analytics.report.content.ReportContent;
import uz.fikr.analytics.report.content.ReportNumbers;
import uz.fikr.analytics.report.content.Section;
import uz.fikr.analytics.report.content.Table;

/**
 * A report as a workbook: the first sheet holds the cover and the summary, then one sheet per section with its
 * paragraphs and its tables one under another (caption, bold header row, rows, note). Numbers are numeric cells
 * holding the exact value, formatted as their column's kind; readers' text is a string cell, never a formula. The
 * same content and moment give the same bytes: the document's dates and every entry's time are {@code generatedAt}.
 */
@Component
public class XlsxReportRenderer {

    private static final int MIN_WIDTH = 10;
    private static final int MAX_WIDTH = 60;

    public byte[] render(ReportContent content, Instant generatedAt) {
        var messages = new RenderMessages(content.language());
        var numbers = new ReportNumbers(content.language());
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var core = workbook.getProperties().getCoreProperties();
            core.setCreated(Optional.of(Date.from(generatedAt)));
            core.setModified(Optional.of(Date.from(generatedAt)));
            core.setCreator("Fikr");
            core.setTitle(content.cover().title());
            var styles = new XlsxStyles(workbook);
            var names = new SheetNames();
            summary(workbook.createSheet(names.unique(messages.get("sheet.summary"), "summary")), content, messages,
                    styles);
            for (Section section : content.sections()) {
                section(workbook.createSheet(names.unique(section.title(), section.id().id())), section, numbers,
                        styles, messages);
            }
            workbook.write(out);
            return FixedTimeZip.rewrite(out.toByteArray(), LocalDateTime.ofInstant(generatedAt, ZoneOffset.UTC));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot write the workbook of " + content.cover().title(), ex);
        }
    }

    private static void summary(Sheet sheet, ReportContent content, RenderMessages messages, XlsxStyles styles) {
        var cover = content.cover();
        text(sheet.createRow(0), 0, cover.title(), styles.title);
        int r = 2;
        r = fact(sheet, r, messages.get("cover.library"), cover.library(), styles);
        r = fact(sheet, r, messages.get("cover.period"), cover.period(), styles);
        r = fact(sheet, r, messages.get("cover.surveys"), String.join("; ", cover.surveys()), styles);
        r = fact(sheet, r, messages.get("cover.language"), cover.language(), styles);
        text(sheet.createRow(r++), 1, cover.generated(), styles.note);
        text(sheet.createRow(++r), 0, messages.get("summary.heading"), styles.heading);
        r++;
        for (int i = 0; i < content.summary().size(); i++) {
            Row row = sheet.createRow(r++);
            text(row, 0, (i + 1) + ".", styles.label);
            text(row, 1, content.summary().get(i), styles.text);
        }
        sheet.setColumnWidth(0, 18 * 256);
        sheet.setColumnWidth(1, 110 * 256);
    }

    private static int fact(Sheet sheet, int r, String label, String value, XlsxStyles styles) {
        Row row = sheet.createRow(r);
        text(row, 0, label, styles.label);
        text(row, 1, value, styles.text);
        return r + 1;
    }

    private static void section(Sheet sheet, Section section, ReportNumbers numbers, XlsxStyles styles,
            RenderMessages messages) {
        var widths = new ColumnWidths();
        text(sheet.createRow(0), 0, section.title(), styles.title);
        int r = 1;
        for (String paragraph : section.paragraphs()) {
            text(sheet.createRow(r++), 0, paragraph, null);
        }
        for (Table table : section.tables()) {
            r++;
            text(sheet.createRow(r++), 0, table.caption(), styles.heading);
            Row header = sheet.createRow(r++);
            for (int c = 0; c < table.columns().size(); c++) {
                Table.Column column = table.columns().get(c);
                text(header, c, column.header(), column.kind() == CellKind.TEXT ? styles.header : styles.headerNumber);
                widths.fit(c, column.header().length() / 2 + 1);
            }
            for (List<Cell> cells : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < cells.size(); c++) {
                    CellKind kind = table.columns().get(c).kind();
                    cell(row, c, cells.get(c), kind, styles);
                    widths.fit(c, CellTexts.written(cells.get(c), kind, numbers).length() + 2);
                }
            }
            if (table.note() != null) {
                text(sheet.createRow(r++), 0, messages.get("table.note") + ": " + table.note(), styles.note);
            }
        }
        widths.apply(sheet);
    }

    private static void cell(Row row, int c, Cell cell, CellKind kind, XlsxStyles styles) {
        switch (cell) {
            case Cell.Text text -> text(row, c, text.value(),
                    CsvText.formulaLike(text.value()) ? styles.literal : styles.text);
            case Cell.Number number -> {
                var written = row.createCell(c);
                written.setCellValue(number.value());
                written.setCellStyle(styles.number(kind));
            }
            case Cell.Missing missing -> text(row, c, missing.reason(), styles.missing);
        }
    }

    /** A string cell: whatever it holds ("=HYPERLINK(...)" included) is shown, never evaluated. */
    private static void text(Row row, int c, String value, @Nullable CellStyle style) {
        var cell = row.createCell(c);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** Each column as wide as its longest cell, between 10 and 60 characters (longer text wraps). */
    private static final class ColumnWidths {

        private final Map<Integer, Integer> widths = new TreeMap<>();

        void fit(int column, int characters) {
            widths.merge(column, Math.clamp(characters, MIN_WIDTH, MAX_WIDTH), Math::max);
        }

        void apply(Sheet sheet) {
            widths.forEach((column, characters) -> sheet.setColumnWidth(column, characters * 256));
        }
    }
}
