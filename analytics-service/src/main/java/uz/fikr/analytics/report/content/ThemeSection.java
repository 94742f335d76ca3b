package uz.fikr.analytics.report.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import uz.fikr.analytics.themes.Source;
import uz.fikr.analytics.themes.ThemeQuery;
import uz.fikr.analytics.themes.Themes;
import uz.fikr.analytics.themes.ThemesService;

/**
 * What readers wrote about in the period, as {@code /feedback/themes} gives it: the largest groups of comments with
 * their top terms (used by two or more comments), and a few of their comments with e-mail addresses, phone numbers,
 * links and handles taken out.
 * Groups of fewer than k comments are left out and counted.
 */
@Component
class ThemeSection {

    private static final int GROUPS = 6;
    private static final int TERMS = 5;
    private static final int COMMENTS = 2;
    /** A word only one comment uses may be a name or part of an address: only words shared by comments are listed. */
    private static final int SHARED = 2;

    private final ThemesService themes;

    ThemeSection(ThemesService themes) {
        this.themes = themes;
    }

    /** @param withFeedback whether online feedback is read too (once per report: with its first survey) */
    Section write(SurveyScope scope, boolean withFeedback) {
        ReportText text = scope.text();
        Themes found = themes.themes(new ThemeQuery(withFeedback ? Source.ALL : Source.ANSWERS, null, null,
                scope.period().from(), scope.period().to(), scope.survey().id(), TERMS, scope.request().branch()));
        List<Themes.Group> shown = found.groups().stream().filter(group -> !group.suppressed() && group.n() != null)
                .sorted(Comparator.comparingLong((Themes.Group group) -> group.n()).reversed()).toList();
        long leftOut = found.groups().size() - shown.size();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(text.get(shown.isEmpty() ? "themes.none" : "themes.intro",
                text.count(found.minimumGroupSize())));
        if (leftOut > 0) {
            paragraphs.add(text.get("themes.leftOut", text.count(leftOut), text.count(found.minimumGroupSize())));
        }
        if (shown.isEmpty()) {
            return Section.ofText(SectionId.THEMES, scope.sectionTitle(SectionId.THEMES), paragraphs);
        }
        Redaction redaction = Redaction.of(text);
        TableBuilder terms = new TableBuilder(scope.id("themes-terms"), text.get("themes.terms.caption"))
                .column(text.get("column.comments"), CellKind.TEXT).column(text.get("column.term"), CellKind.TEXT)
                .column(text.get("column.commentsWith"), CellKind.COUNT);
        TableBuilder comments = new TableBuilder(scope.id("themes-comments"), text.get("themes.comments.caption"))
                .column(text.get("column.comments"), CellKind.TEXT).column(text.get("column.comment"), CellKind.TEXT);
        for (Themes.Group group : shown.stream().limit(GROUPS).toList()) {
            String name = name(text, group);
            List<Themes.Term> top = group.terms() == null ? List.of() : group.terms().stream()
                    .filter(term -> term.count() >= SHARED).limit(TERMS).toList();
            top.forEach(term -> terms.row(Cell.text(name), Cell.text(redaction.redact(term.term())),
                    Cell.number(term.count())));
            List<String> examples = group.examples() == null ? List.of() : group.examples();
            examples.stream().limit(COMMENTS).forEach(example -> comments.row(Cell.text(name),
                    Cell.text(redaction.redact(example))));
        }
        List<Table> tables = new ArrayList<>();
        tables.add(summary(scope, shown));
        if (!terms.isEmpty()) {
            tables.add(terms.build());
        }
        if (!comments.isEmpty()) {
            tables.add(comments.note(text.get("themes.comments.note")).build());
        }
        return new Section(SectionId.THEMES, scope.sectionTitle(SectionId.THEMES), paragraphs, List.of(), tables);
    }

    private static Table summary(SurveyScope scope, List<Themes.Group> shown) {
        ReportText text = scope.text();
        TableBuilder table = new TableBuilder(scope.id("themes-groups"), text.get("themes.groups.caption"))
                .column(text.get("column.comments"), CellKind.TEXT).column(text.get("column.n"), CellKind.COUNT);
        shown.forEach(group -> table.row(Cell.text(name(text, group)), Cell.number(group.n())));
        return table.build();
    }

    /** "Online feedback · Reading rooms · Complaint", "Survey answers · Overall". */
    static String name(ReportText text, Themes.Group group) {
        List<String> parts = new ArrayList<>(List.of(text.get("source." + group.source())));
        parts.add(group.serviceArea() == null ? text.get("serviceArea.none")
                : text.label("serviceArea.", group.serviceArea()));
        if (group.category() != null) {
            parts.add(text.label("category.", group.category()));
        }
        return String.join(" · ", parts);
    }
}
