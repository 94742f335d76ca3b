package uz.fikr.dashboard.needs;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.table.DataTable;
import uz.fikr.dashboard.table.TableData;
import uz.fikr.dashboard.table.TableData.Cell;

/**
 * What readers write about: per group of comments its number of comments and most used words and phrases, and
 * example comments. Comments are readers' own text: the tables set them as text, so markup in a comment is shown as
 * the characters the reader typed.
 */
class ThemesPanel extends Section {

    /** Words and phrases shown per group in the table. */
    static final int SHOWN = 8;

    private final H2 heading = new H2();
    private final Paragraph note = new Paragraph();
    private final DataTable overview = new DataTable();
    private final H3 examplesHeading = new H3();
    private final DataTable examples = new DataTable();

    ThemesPanel() {
        setId("needs-themes");
        heading.setId("needs-themes-heading");
        getElement().setAttribute("aria-labelledby", "needs-themes-heading");
        add(heading, note, overview, examplesHeading, examples);
    }

    void show(@Nullable Themes themes, NeedsLabels labels) {
        setVisible(themes != null);
        if (themes == null) {
            return;
        }
        heading.setText(labels.t("needs.themes.title"));
        note.setText(themes.groups().isEmpty() ? labels.t("needs.themes.none") : labels.t("needs.themes.note"));
        var table = TableData.builder("themes", labels.t("needs.themes.caption"), labels.t("needs.themes.column.source"),
                labels.t("needs.rated.column.area"), labels.t("needs.themes.column.category"),
                labels.t("needs.themes.column.comments"), labels.t("needs.themes.column.terms"),
                labels.t("needs.themes.column.phrases"));
        var quotes = TableData.builder("comments", labels.t("needs.themes.examples.caption"),
                labels.t("needs.themes.column.group"), labels.t("needs.themes.column.comment"));
        for (Themes.Group group : themes.groups()) {
            String source = labels.t("needs.themes.source." + group.source());
            String area = labels.serviceArea(group.serviceArea());
            String category = labels.category(group.category());
            if (group.suppressed() || group.n() == null) {
                table.row(source, area, category, labels.suppressed(themes.minimumGroupSize()), "–", "–");
                continue;
            }
            table.row(source, area, category, new Cell(labels.formats().integer(group.n()), group.n()),
                    counted(group.terms().stream().map(t -> new Counted(t.term(), t.count())).toList(), labels),
                    counted(group.phrases().stream().map(p -> new Counted(p.phrase(), p.count())).toList(), labels));
            String name = String.join(" · ", List.of(source, area, category).stream().filter(s -> !s.isEmpty())
                    .toList());
            group.examples().forEach(example -> quotes.row(name, example));
        }
        overview.show(table.build());
        TableData comments = quotes.build();
        examplesHeading.setText(labels.t("needs.themes.examples.title"));
        examplesHeading.setVisible(!comments.rows().isEmpty());
        examples.setVisible(!comments.rows().isEmpty());
        examples.show(comments);
    }

    private record Counted(String text, long count) {
    }

    /** "зали (4), ўқув (4)": the first few with their numbers of comments. */
    private static String counted(List<Counted> items, NeedsLabels labels) {
        return items.stream().limit(SHOWN).map(item -> item.text() + " (" + labels.formats().integer(item.count())
                + ")").collect(Collectors.joining(", "));
    }
}
