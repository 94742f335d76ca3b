package uz.fikr.dashboard.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uz.fikr.dashboard.format.Formats;
import uz.fikr.dashboard.table.TableData;
import uz.fikr.dashboard.table.TableData.Cell;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.QuestionType;

/**
 * The comparison as a table: per group its mean with the 95% interval and n, or for a single choice the share of
 * each option and n. A suppressed group says so in place of its figures and shows no number at all.
 */
final class CompareTable {

    static final int DECIMALS = 2;

    private CompareTable() {
    }

    static TableData of(Comparison comparison, Question question, GroupBy by, Locale locale, Translation texts) {
        return question.type() == QuestionType.SINGLE_CHOICE
                ? choice(comparison, question, by, locale, texts)
                : means(comparison, question, by, locale, texts);
    }

    private static TableData means(Comparison comparison, Question question, GroupBy by, Locale locale,
            Translation texts) {
        Formats formats = Formats.of(locale);
        var table = TableData.builder("compare-" + question.id() + "-" + by.parameter(),
                caption(question, by, locale, texts), texts.get("compare.column.group"),
                texts.get("compare.column.mean"), texts.get("compare.column.lower"),
                texts.get("compare.column.upper"), texts.get("compare.column.n"));
        for (Comparison.Group group : comparison.groups()) {
            String label = by.label(group.group(), texts::get);
            if (group.suppressed() || group.mean() == null || group.n() == null) {
                table.row(label, suppressed(comparison, texts), null, null, null);
                continue;
            }
            Comparison.Interval interval = group.meanInterval();
            table.row(label, number(formats, group.mean()),
                    interval == null ? null : number(formats, interval.lower()),
                    interval == null ? null : number(formats, interval.upper()),
                    new Cell(formats.integer(group.n()), group.n()));
        }
        return table.build();
    }

    private static TableData choice(Comparison comparison, Question question, GroupBy by, Locale locale,
            Translation texts) {
        Formats formats = Formats.of(locale);
        var columns = new ArrayList<String>();
        columns.add(texts.get("compare.column.group"));
        question.options().forEach(option -> columns.add(CompareQuestions.optionText(question, option.id(), locale)));
        columns.add(texts.get("compare.column.n"));
        var rows = new ArrayList<List<Object>>();
        for (Comparison.Group group : comparison.groups()) {
            var row = new ArrayList<Object>();
            row.add(by.label(group.group(), texts::get));
            Map<String, Long> counts = group.counts();
            if (group.suppressed() || counts == null || group.n() == null || group.n() == 0) {
                row.add(suppressed(comparison, texts));
                while (row.size() < columns.size()) {
                    row.add(null);
                }
            }
            else {
                long n = group.n();
                question.options().forEach(option -> {
                    double share = counts.getOrDefault(option.id(), 0L) / (double) n;
                    row.add(new Cell(formats.percent(share, 1), share));
                });
                row.add(new Cell(formats.integer(n), n));
            }
            rows.add(row);
        }
        return new TableData("compare-" + question.id() + "-" + by.parameter(), caption(question, by, locale, texts),
                columns, rows);
    }

    static String caption(Question question, GroupBy by, Locale locale, Translation texts) {
        return texts.get("compare.caption." + by.parameter(), CompareQuestions.text(question, locale));
    }

    static String suppressed(Comparison comparison, Translation texts) {
        return texts.get("common.suppressed", comparison.minimumGroupSize());
    }

    private static Cell number(Formats formats, double value) {
        return new Cell(formats.number(value, DECIMALS), value);
    }
}
