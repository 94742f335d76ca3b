package uz.fikr.analytics.report.render;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import uz.fikr.analytics.report.content.CellKind;

/** The workbook's cell styles, made once: a number format per {@link CellKind}, headings, notes, wrapped text. */
final class XlsxStyles {

    final CellStyle title;
    final CellStyle heading;
    final CellStyle header;
    final CellStyle headerNumber;
    final CellStyle label;
    final CellStyle text;
    /** Text that looks like a formula, marked as literal text the way a typed leading apostrophe does. */
    final CellStyle literal;
    final CellStyle missing;
    final CellStyle note;
    private final Map<CellKind, CellStyle> numbers = new EnumMap<>(CellKind.class);

    XlsxStyles(Workbook workbook) {
        title = font(workbook, 16, true, false);
        heading = font(workbook, 12, true, false);
        header = font(workbook, 10, true, false);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.BOTTOM);
        headerNumber = workbook.createCellStyle();
        headerNumber.cloneStyleFrom(header);
        headerNumber.setAlignment(HorizontalAlignment.RIGHT);
        label = font(workbook, 10, true, false);
        text = workbook.createCellStyle();
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        literal = workbook.createCellStyle();
        literal.cloneStyleFrom(text);
        literal.setQuotePrefixed(true);
        missing = font(workbook, 10, false, true);
        missing.setAlignment(HorizontalAlignment.RIGHT);
        missing.setVerticalAlignment(VerticalAlignment.TOP);
        note = font(workbook, 9, false, true);
        var format = workbook.createDataFormat();
        for (CellKind kind : CellKind.values()) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(format.getFormat(pattern(kind)));
            style.setVerticalAlignment(VerticalAlignment.TOP);
            numbers.put(kind, style);
        }
    }

    CellStyle number(CellKind kind) {
        return numbers.get(CellTexts.numeric(kind));
    }

    /** Excel's formats for the kinds {@link uz.fikr.analytics.report.content.ReportNumbers} writes. */
    static String pattern(CellKind kind) {
        return switch (kind) {
            case TEXT, DECIMAL -> "0.00";
            case COUNT -> "#,##0";
            case SIGNED_DECIMAL -> "+0.00;-0.00;0.00";
            case PERCENT -> "0.0%";
            case POINTS -> "+0.0;-0.0;0.0";
            case P_VALUE -> "0.000";
        };
    }

    private static CellStyle font(Workbook workbook, int points, boolean bold, boolean grey) {
        var font = workbook.createFont();
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        if (grey) {
            font.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        }
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }
}
