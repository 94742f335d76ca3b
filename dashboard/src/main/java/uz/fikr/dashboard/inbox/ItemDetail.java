package uz.fikr.dashboard.inbox;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.format.Formats;
import uz.fikr.dashboard.table.DataTable;
import uz.fikr.dashboard.table.TableData;

/**
 * The selected item: the reader's full text (as text), where it came from, its "you said, we did" entry, its history
 * (who changed what, when) and, for admins, the {@link WorkflowForm}.
 */
class ItemDetail extends Section implements LocaleChangeObserver {

    private final H2 heading = new H2();
    private final Paragraph text = new Paragraph();
    private final DescriptionList facts = new DescriptionList();
    private final Paragraph noHistory = new Paragraph();
    private DataTable history = new DataTable();
    private final Button close = new Button();
    private final @Nullable WorkflowForm workflow;
    private @Nullable InboxItem item;
    private List<InboxChange> changes = List.of();

    /** @param workflow the admin's controls, or null for a manager, who only reads */
    ItemDetail(@Nullable WorkflowForm workflow, Runnable onClose) {
        this.workflow = workflow;
        addClassName("inbox-detail");
        heading.setId("inbox-detail-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        text.addClassName("inbox-text");
        facts.addClassName("inbox-facts");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        close.addClickListener(click -> onClose.run());
        add(heading, text, facts, noHistory, history);
        if (workflow != null) {
            add(workflow);
        }
        add(close);
        setVisible(false);
    }

    /** Shows {@code shown} with its changes, oldest first. */
    void show(InboxItem shown, List<InboxChange> shownChanges) {
        item = shown;
        changes = List.copyOf(shownChanges);
        render();
        if (workflow != null) {
            workflow.show(shown);
        }
        setVisible(true);
    }

    /** The item after a change survey-service accepted, before analytics-service lists it. */
    void changed(InboxItem changedItem, InboxChange change) {
        var withChange = new ArrayList<>(changes);
        withChange.add(change);
        show(changedItem, withChange);
    }

    /** analytics-service now lists the saved change. */
    void confirmed(InboxItem confirmedItem, List<InboxChange> confirmedChanges) {
        show(confirmedItem, confirmedChanges);
        if (workflow != null) {
            workflow.confirmed();
        }
    }

    boolean shows(String itemId) {
        return isVisible() && item != null && item.itemId().equals(itemId);
    }

    void hide() {
        item = null;
        setVisible(false);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        close.setText(getTranslation("common.close"));
        InboxItem shown = item;
        if (shown == null) {
            return;
        }
        Formats formats = Formats.of(getLocale());
        heading.setText(getTranslation("inbox.detail.heading", InboxLabels.source(this, shown.source()),
                formats.dateTime(shown.receivedAt())));
        text.setText(shown.text());
        facts.removeAll();
        fact("inbox.column.status", InboxLabels.status(this, shown.status()));
        fact("inbox.column.category", InboxLabels.category(this, shown.category()));
        fact("inbox.column.serviceArea", InboxLabels.serviceArea(this, shown.serviceArea()));
        fact("inbox.column.branch", shown.branch());
        fact("inbox.column.channel", InboxLabels.channel(this, shown.channel()));
        fact("inbox.detail.readerGroup", InboxLabels.readerGroup(this, shown.readerGroup()));
        fact("inbox.detail.language", InboxLabels.language(this, shown.language()));
        if (shown.surveyId() != null && !shown.surveyId().isEmpty()) {
            fact("inbox.detail.survey", getTranslation("inbox.detail.surveyQuestion", shown.surveyId(),
                    shown.surveyVersion() == null ? "" : shown.surveyVersion().toString(), shown.questionId()));
        }
        fact("inbox.column.assignee", shown.assignee());
        fact("inbox.detail.note", shown.note());
        fact("inbox.detail.entry", entryText(shown.publicEntry()));
        noHistory.setText(getTranslation("inbox.history.none"));
        noHistory.setVisible(changes.isEmpty());
        // a DataTable cannot show a second table (its show() fails on the second call), so each history gets a new one
        var table = new DataTable();
        table.show(historyTable(formats));
        table.setVisible(!changes.isEmpty());
        replace(history, table);
        history = table;
    }

    private TableData historyTable(Formats formats) {
        var table = TableData.builder("inbox-history", getTranslation("inbox.history.caption"),
                getTranslation("inbox.history.when"), getTranslation("inbox.history.who"),
                getTranslation("inbox.column.status"), getTranslation("inbox.column.assignee"),
                getTranslation("inbox.detail.note"), getTranslation("inbox.detail.entry"));
        for (InboxChange change : changes) {
            table.row(formats.dateTime(change.changedAt()), orEmpty(change.changedBy()),
                    InboxLabels.status(this, change.status()), orEmpty(change.assignee()), orEmpty(change.note()),
                    entryText(change.publicEntry()));
        }
        return table.build();
    }

    private String entryText(@Nullable PublicEntry entry) {
        if (entry == null) {
            return "";
        }
        return getTranslation("inbox.entry.summary", entry.youSaid(), entry.weDid(),
                InboxLabels.language(this, entry.language()),
                getTranslation(entry.published() ? "inbox.entry.isPublished" : "inbox.entry.notPublished"));
    }

    private void fact(String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
        }
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
