package uz.fikr.dashboard.inbox;

import java.util.ArrayList;
import java.util.UUID;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.errors.ErrorNotifications;
import uz.fikr.dashboard.errors.FieldMessages;
import uz.fikr.dashboard.security.CurrentUser;
import uz.fikr.dashboard.service.ServiceException;

/**
 * Moves an item through the workflow (admins only): status, assignee (the admin, when they take a new item),
 * internal note, and for resolved items the "you said, we did" entry. Saving sends one change to survey-service; a
 * change it could not take (503, no answer) keeps its id, so saving the same again is a retry survey-service
 * records once. Refused fields show survey-service's message.
 */
class WorkflowForm extends Div implements LocaleChangeObserver {

    private final InboxApi api;
    private final CurrentUser user;
    private final BiConsumer<InboxItem, InboxChange> onSaved;
    private final H3 heading = new H3();
    private final Select<String> status = new Select<>();
    private final TextField assignee = new TextField();
    private final TextArea note = new TextArea();
    private final PublicEntryFields entry = new PublicEntryFields();
    private final Button save = new Button();
    private final Paragraph saveStatus = new Paragraph();
    private @Nullable InboxItem item;
    private @Nullable ChangeRequest unconfirmed;
    private boolean updating;

    WorkflowForm(InboxApi api, CurrentUser user, BiConsumer<InboxItem, InboxChange> onSaved) {
        this.api = api;
        this.user = user;
        this.onSaved = onSaved;
        addClassName("inbox-workflow");
        status.setItems(InboxFilter.STATUSES);
        status.setItemLabelGenerator(code -> code == null ? "" : InboxLabels.status(this, code));
        status.addValueChangeListener(event -> statusChosen());
        assignee.setMaxLength(100);
        note.setMaxLength(2000);
        note.setWidthFull();
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        saveStatus.addClassName("inbox-save-status");
        saveStatus.getElement().setAttribute("role", "status");
        add(heading, status, assignee, note, entry, save, saveStatus);
    }

    /** Shows {@code shown}'s workflow state; a different item starts afresh. */
    void show(InboxItem shown) {
        if (item == null || !item.itemId().equals(shown.itemId())) {
            unconfirmed = null;
            saveStatus.setText("");
        }
        item = shown;
        updating = true;
        try {
            clearProblems();
            status.setValue(InboxLabels.canonical(InboxFilter.STATUSES, shown.status()).orElse(InboxItem.NEW));
            assignee.setValue(shown.assigneeOrEmpty());
            note.setValue(shown.noteOrEmpty());
            entry.show(shown.publicEntry());
            entry.setVisible(InboxItem.RESOLVED.equals(status.getValue()));
        }
        finally {
            updating = false;
        }
    }

    /** analytics-service now shows the change this form saved. */
    void confirmed() {
        saveStatus.setText(getTranslation("inbox.save.done"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("inbox.workflow.heading"));
        status.setLabel(getTranslation("inbox.workflow.status"));
        assignee.setLabel(getTranslation("inbox.workflow.assignee"));
        assignee.setHelperText(getTranslation("inbox.workflow.assignee.help"));
        note.setLabel(getTranslation("inbox.workflow.note"));
        note.setHelperText(getTranslation("inbox.workflow.note.help"));
        save.setText(getTranslation("inbox.workflow.save"));
        updating = true;
        try {
            InboxLabels.relabel(status);
        }
        finally {
            updating = false;
        }
    }

    /** Taking a new item assigns it to the admin unless someone else is named; resolving opens the entry. */
    private void statusChosen() {
        if (updating) {
            return;
        }
        if (InboxItem.IN_PROGRESS.equals(status.getValue()) && assignee.getValue().isBlank()) {
            assignee.setValue(user.name());
        }
        entry.setVisible(InboxItem.RESOLVED.equals(status.getValue()));
    }

    private void save() {
        InboxItem current = item;
        if (current == null || !user.isAdmin()) {
            return;
        }
        ChangeRequest request = request();
        clearProblems();
        saveStatus.setText(getTranslation("inbox.save.sending"));
        try {
            InboxChange change = api.change(current.itemId(), request);
            unconfirmed = null;
            saveStatus.setText(getTranslation("inbox.save.pending"));
            onSaved.accept(current.withChange(change), change);
        }
        catch (ServiceException ex) {
            failed(request, ex);
        }
    }

    /** The change the form describes; the same as the one that failed last is sent again with its id. */
    private ChangeRequest request() {
        String chosen = status.getValue() == null ? InboxItem.NEW : status.getValue();
        var request = new ChangeRequest(UUID.randomUUID(), chosen, assignee.getValue().strip(),
                note.getValue().strip(), InboxItem.RESOLVED.equals(chosen) ? entry.value() : null, user.name());
        ChangeRequest failed = unconfirmed;
        return failed != null && failed.sameChangeAs(request) ? request.withChangeId(failed.changeId()) : request;
    }

    private void failed(ChangeRequest request, ServiceException ex) {
        if (ex.unavailable()) {
            unconfirmed = request;
            saveStatus.setText(getTranslation("inbox.save.unavailable"));
            getUI().ifPresent(ui -> ErrorNotifications.show(ui, ex));
            return;
        }
        unconfirmed = null;
        var messages = new ArrayList<String>();
        for (ServiceException.FieldProblem problem : ex.fieldProblems()) {
            showProblem(problem.field(), problem.message());
            messages.add(problem.message());
        }
        saveStatus.setText(getTranslation("inbox.save.refused",
                messages.isEmpty() ? ex.detail() : String.join("; ", messages)));
    }

    private void showProblem(String field, String message) {
        switch (field) {
            case "status" -> FieldMessages.mark(status, message);
            case "assignee" -> FieldMessages.mark(assignee, message);
            case "note" -> FieldMessages.mark(note, message);
            default -> entry.showProblem(field, message);
        }
    }

    private void clearProblems() {
        FieldMessages.clear(status, assignee, note);
        entry.clearProblems();
    }
}
