package uz.fikr.analytics.report.content;

/** One cell of a {@link Table}: text, a number (written as its column's {@link CellKind} says), or nothing. */
public sealed interface Cell {

    static Cell text(String value) {
        return new Text(value);
    }

    static Cell number(double value) {
        return new Number(value);
    }

    /** An empty cell, with the reason a reader sees: "—", "too few answers"... */
    static Cell missing(String reason) {
        return new Missing(reason);
    }

    record Text(String value) implements Cell {
    }

    record Number(double value) implements Cell {
    }

    record Missing(String reason) implements Cell {
    }
}
