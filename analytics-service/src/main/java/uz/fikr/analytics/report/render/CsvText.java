package uz.fikr.analytics.report.render;

import java.math.BigDecimal;

/**
 * Cells as CSV text (RFC 4180), the same rule as the dashboard's table exports ({@code TableExports}; the two modules
 * share no code, so this copy is tested on its own): a text a spreadsheet would evaluate as a formula (it starts
 * with {@code = + - @}, a tab or a carriage return) gets a leading apostrophe; a cell holding a comma, semicolon,
 * quote or line break is quoted; numbers are written exactly, with a dot and without exponent.
 */
final class CsvText {

    private CsvText() {
    }

    static String text(String value) {
        return quoted(neutralised(value));
    }

    /** The shortest decimal that reads back as the same double: 3.85, 12, 0.000123; empty for NaN or infinity. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    static String neutralised(String text) {
        return formulaLike(text) ? "'" + text : text;
    }

    /** Whether a spreadsheet would read the text as a formula: it starts with {@code = + - @}, a tab or a CR. */
    static boolean formulaLike(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    private static String quoted(String text) {
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || text.indexOf(';') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
