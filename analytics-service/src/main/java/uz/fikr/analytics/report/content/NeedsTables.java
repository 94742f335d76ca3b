package uz.fikr.analytics.report.content;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uz.fikr.analytics.needs.Needs;
import uz.fikr.analytics.query.Grouping;
import uz.fikr.events.survey.Question;

/** The needs tables: per shown reader group, its top three wanted services, largest gaps and lowest ratings. */
final class NeedsTables {

    private static final int TOP = 3;

    private final SurveyScope scope;
    private final ReportText text;
    private final List<Needs.Group> groups;
    private final @Nullable String note;

    NeedsTables(SurveyScope scope, List<Needs.Group> groups, @Nullable String note) {
        this.scope = scope;
        this.text = scope.text();
        this.groups = groups;
        this.note = note;
    }

    Optional<Table> wanted() {
        TableBuilder table = new TableBuilder(scope.id("needs-wanted"), text.get("needs.wanted.caption"))
                .column(text.get("grouping.readerGroup"), CellKind.TEXT)
                .column(text.get("column.service"), CellKind.TEXT).column(text.get("column.chose"), CellKind.COUNT)
                .column(text.get("column.answered"), CellKind.COUNT).column(text.get("column.share"), CellKind.PERCENT);
        for (Needs.Group group : groups) {
            for (Needs.Wanted wanted : top(group.wanted())) {
                table.row(Cell.text(name(group)), Cell.text(option(scope, wanted.questionId(), wanted.option())),
                        Cell.number(wanted.count()), Cell.number(wanted.n()), Cell.number(wanted.share()));
            }
        }
        return build(table);
    }

    Optional<Table> gaps() {
        return rated("needs-gaps", "needs.gaps.caption", "column.adequacy", CellKind.SIGNED_DECIMAL, true);
    }

    Optional<Table> ratings() {
        return rated("needs-ratings", "needs.ratings.caption", "column.mean", CellKind.DECIMAL, false);
    }

    private Optional<Table> rated(String id, String caption, String valueColumn, CellKind kind, boolean gaps) {
        TableBuilder table = new TableBuilder(scope.id(id), text.get(caption))
                .column(text.get("grouping.readerGroup"), CellKind.TEXT)
                .column(text.get("column.item"), CellKind.TEXT).column(text.get("column.n"), CellKind.COUNT)
                .column(text.get(valueColumn), kind);
        for (Needs.Group group : groups) {
            for (Needs.Rated rated : top(gaps ? group.largestGaps() : group.lowestRatings())) {
                table.row(Cell.text(name(group)), Cell.text(scope.question(rated.questionId())),
                        Cell.number(rated.n()), Cell.number(rated.mean()));
            }
        }
        return build(table);
    }

    private Optional<Table> build(TableBuilder table) {
        return table.isEmpty() ? Optional.empty() : Optional.of(table.note(note).build());
    }

    private String name(Needs.Group group) {
        return text.group(Grouping.READER_GROUP, group.group());
    }

    private static <T> List<T> top(@Nullable List<T> items) {
        return items == null ? List.of() : items.stream().limit(TOP).toList();
    }

    /** An option's text in the report's language; "other" when the reader wrote their own. */
    static String option(SurveyScope scope, String questionId, String optionId) {
        if (Question.OTHER.equals(optionId)) {
            return scope.text().get("option.other");
        }
        return SurveyTexts.option(scope.survey(), questionId, optionId, scope.text().language());
    }
}
