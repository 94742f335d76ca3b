package uz.fikr.dashboard.trends;

import uz.fikr.dashboard.format.Formats;
import uz.fikr.dashboard.table.TableData;
import uz.fikr.dashboard.table.TableData.Cell;
import uz.fikr.dashboard.trends.Trend.PeriodFigures;

/** A trend as a table: per period the mean, the limits of its 95% interval and n; suppressed periods say so. */
final class TrendTable {

    private static final int DECIMALS = 2;

    private TrendTable() {
    }

    static TableData of(Trend trend, Grain grain, String caption, Texts texts) {
        Formats formats = texts.formats();
        TableData.Builder table = TableData.builder("trend-" + trend.questionId() + "-" + grain.parameter(), caption,
                texts.text("trends.table.period"), texts.text("trends.table.mean"),
                texts.text("trends.table.lower"), texts.text("trends.table.upper"),
                texts.text("trends.table.n"));
        String suppressed = texts.text("common.suppressed", Integer.toString(trend.minimumGroupSize()));
        for (PeriodFigures period : trend.periods()) {
            String label = grain.label(period.start(), texts);
            if (!period.shown()) {
                table.row(label, suppressed, null, null, null);
                continue;
            }
            Interval interval = period.meanInterval();
            table.row(label, number(formats, period.mean()),
                    interval == null ? null : number(formats, interval.lower()),
                    interval == null ? null : number(formats, interval.upper()),
                    new Cell(formats.integer(period.n()), period.n()));
        }
        return table.build();
    }

    private static Cell number(Formats formats, double value) {
        return new Cell(formats.number(value, DECIMALS), value);
    }
}
