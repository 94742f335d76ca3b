package uz.fikr.dashboard.inbox;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.errors.ErrorNotifications;
import uz.fikr.dashboard.format.Formats;
import uz.fikr.dashboard.service.ServiceException;
import uz.fikr.dashboard.table.DataTable;
import uz.fikr.dashboard.table.TableData;

/**
 * The published "you said, we did" entries, as readers see them on survey-service's public page (linked here), in
 * an exportable table.
 */
class YouSaidWeDidSection extends Section implements LocaleChangeObserver {

    private final InboxApi api;
    private final H2 heading = new H2();
    private final Paragraph intro = new Paragraph();
    private final Anchor publicPage = new Anchor();
    private final Paragraph empty = new Paragraph();
    private DataTable table = new DataTable();
    private @Nullable List<PublishedEntry> entries;
    private boolean loaded;

    YouSaidWeDidSection(InboxApi api) {
        this.api = api;
        addClassName("inbox-entries");
        heading.setId("inbox-entries-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        publicPage.setHref(api.publicPage());
        publicPage.setTarget(AnchorTarget.BLANK);
        publicPage.getElement().setAttribute("rel", "noopener");
        empty.setVisible(false);
        table.setVisible(false);
        add(heading, intro, publicPage, empty, table);
    }

    /** Reads the published entries again. */
    void load() {
        loaded = true;
        try {
            entries = api.publishedEntries();
        }
        catch (ServiceException ex) {
            entries = null;
            ErrorNotifications.show(UI.getCurrent(), ex);
        }
        render();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("inbox.entries.heading"));
        intro.setText(getTranslation("inbox.entries.intro"));
        publicPage.setText(getTranslation("inbox.entries.publicPage"));
        render();
    }

    private void render() {
        List<PublishedEntry> shown = entries;
        empty.setText(getTranslation(shown == null ? "inbox.entries.unavailable" : "inbox.entries.none"));
        empty.setVisible(loaded && (shown == null || shown.isEmpty()));
        table.setVisible(false);
        if (shown == null || shown.isEmpty()) {
            return;
        }
        Formats formats = Formats.of(getLocale());
        var data = TableData.builder("you-said-we-did", getTranslation("inbox.entries.caption"),
                getTranslation("inbox.entries.date"), getTranslation("inbox.entry.youSaid"),
                getTranslation("inbox.entry.weDid"), getTranslation("inbox.entry.language"),
                getTranslation("inbox.column.serviceArea"), getTranslation("inbox.column.branch"));
        for (PublishedEntry entry : shown) {
            data.row(formats.dateTime(entry.changedAt()), entry.youSaid(), entry.weDid(),
                    InboxLabels.language(this, entry.language()), InboxLabels.serviceArea(this, entry.serviceArea()),
                    entry.branch() == null ? "" : entry.branch());
        }
        // a DataTable cannot show a second table (its show() fails on the second call), so each list gets a new one
        var fresh = new DataTable();
        fresh.show(data.build());
        replace(table, fresh);
        table = fresh;
    }
}
