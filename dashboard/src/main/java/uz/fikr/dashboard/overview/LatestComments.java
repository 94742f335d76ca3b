package uz.fikr.dashboard.overview;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

import uz.fikr.dashboard.trends.Texts;

/**
 * The newest comments readers wrote on the survey in the period, newest first, each with its date, branch and
 * service area. A comment is set as text, so nothing a reader wrote can become markup.
 */
class LatestComments extends Section {

    private final H2 heading = new H2();
    private final Paragraph status = new Paragraph();
    private final UnorderedList list = new UnorderedList();
    private final Paragraph scope = new Paragraph();

    LatestComments() {
        addClassName("latest-comments");
        heading.setId("overview-comments-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        list.addClassName("comment-list");
        scope.addClassName("comments-scope");
        add(heading, status, list, scope);
    }

    void show(Overview overview, Texts texts) {
        heading.setText(texts.text("overview.comments"));
        list.removeAll();
        InboxPage page = overview.comments();
        boolean none = page == null || page.items().isEmpty();
        status.setVisible(none);
        status.setText(texts.text(page == null ? "overview.comments.unavailable" : "overview.comments.none"));
        list.setVisible(!none);
        if (page != null) {
            page.items().forEach(comment -> list.add(comment(comment, texts)));
        }
        // the inbox filters comments by period and branch only
        scope.setVisible(overview.filter().readerGroup() != null || overview.filter().version() != null);
        scope.setText(texts.text("overview.comments.scope"));
    }

    private static ListItem comment(InboxPage.Comment comment, Texts texts) {
        var text = new Paragraph();
        text.setText(comment.text());
        text.addClassName("comment-text");
        String branch = comment.branch().isBlank() ? texts.text("overview.comments.noBranch") : comment.branch();
        String area = comment.serviceArea() == null ? texts.text("overview.comments.noArea")
                : texts.text("serviceArea." + comment.serviceArea());
        var meta = new Paragraph(texts.text("overview.comments.meta", texts.formats().dateTime(comment.receivedAt()),
                branch, area));
        meta.addClassName("comment-meta");
        var item = new ListItem(text, meta);
        item.addClassName("comment");
        return item;
    }
}
