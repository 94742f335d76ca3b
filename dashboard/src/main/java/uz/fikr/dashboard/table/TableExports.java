package uz.fikr.dashboard.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a {@link TableData} as CSV or XLSX. Readers' free text is data: in CSV a cell that a spreadsheet would
 * read as a formula (it starts with {@code = + - @}, a tab or a carriage return) gets a leading apostrophe; in
 * XLSX every text is a string cell, which a spreadsheet never evaluates.
 */
public final class TableExports {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TableExports() {
    }

    /** RFC 4180 CSV in UTF-8 with a byte-order mark (so Excel reads Cyrillic and ʻ right), CRLF line ends. */
    public static byte[] csv(TableData table) {
        var csv = new StringBuilder();
        line(csv, table.columns().stream().map(Object.class::cast).toList());
        for (List<Object> row : table.rows()) {
            line(csv, row);
        }
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[UTF8_BOM.length + text.length];
        System.arraycopy(UTF8_BOM, 0, bytes, 0, UTF8_BOM.length);
        System.arraycopy(text, 0, bytes, UTF8_BOM.length, text.length);
        return bytes;
    }

    /** One sheet named after the caption: a bold heading row, then the rows; numbers as numbers. */
    public static byte[] xlsx(TableData table) {
        try (var workbook = new SXSSFWorkbook(200); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.caption()));
            var bold = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row heading = sheet.createRow(0);
            for (int c = 0; c < table.columns().size(); c++) {
                Cell cell = heading.createCell(c);
                cell.setCellValue(table.columns().get(c));
                cell.setCellStyle(bold);
            }
            for (int r = 0; r < table.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> cells = table.rows().get(r);
                for (int c = 0; c < cells.size(); c++) {
                    write(row.createCell(c), cells.get(c));
                }
            }
            workbook.write(out);
            workbook.close();
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot write the XLSX export of " + table.name(), ex);
        }
    }

    /** A cell as CSV text: quoted when it holds a comma, quote or line break; formulas neutralised. */
    static String csvCell(Object value) {
        String text = switch (value) {
            case null -> "";
            case TableData.Cell cell -> number(cell.value());
            case Double number -> number(number);
            case Number number -> number.toString();
            default -> neutralised(value.toString());
        };
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || text.indexOf(';') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** A text a spreadsheet would evaluate, made literal with a leading apostrophe (OWASP's advice). */
    static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    private static void line(StringBuilder csv, List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(csvCell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "" : value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value) : Double.toString(value);
    }

    private static void write(Cell cell, Object value) {
        switch (value) {
            case null -> cell.setBlank();
            case TableData.Cell number when Double.isNaN(number.value()) -> cell.setBlank();
            case TableData.Cell number -> cell.setCellValue(number.value());
            case Number number -> cell.setCellValue(number.doubleValue());
            default -> cell.setCellValue(value.toString());
        }
    }
}
