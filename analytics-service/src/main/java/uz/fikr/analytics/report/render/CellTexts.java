package uz.fikr.analytics.report.render;

import uz.fikr.analytics.report.content.Cell;
import uz.fikr.analytics.report.content.CellKind;
import uz.fikr.analytics.report.content.ReportNumbers;

/** A cell as a reader of the printed report sees it: its text, its number written for the locale, or its reason. */
final class CellTexts {

    private CellTexts() {
    }

    static String written(Cell cell, CellKind kind, ReportNumbers numbers) {
        return switch (cell) {
            case Cell.Text text -> text.value();
            case Cell.Number number -> numbers.format(number.value(), numeric(kind));
            case Cell.Missing missing -> missing.reason();
        };
    }

    /** A number found in a text column is written as a decimal rather than refused. */
    static CellKind numeric(CellKind kind) {
        return kind == CellKind.TEXT ? CellKind.DECIMAL : kind;
    }
}
