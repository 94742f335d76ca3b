package uz.fikr.dashboard.surveys;

import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.RouteParameters;

import uz.fikr.dashboard.errors.ErrorNotifications;
import uz.fikr.dashboard.service.ServiceException;
import uz.fikr.events.survey.SurveyStatus;
import uz.fikr.events.survey.SurveyVersion;

/**
 * What an admin can do with a survey: edit its draft (or start the next version), publish the draft and close the
 * survey. Publishing and closing ask for confirmation first; neither can be undone. Managers see none of this.
 */
class SurveyActions extends Div {

    private final SurveyChanges changes;
    private final Runnable changed;
    private final Button edit = new Button();
    private final Button publish = new Button();
    private final Button close = new Button();
    private String surveyId = "";

    SurveyActions(SurveyChanges changes, Runnable changed) {
        this.changes = changes;
        this.changed = changed;
        addClassName("survey-actions");
        edit.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(DraftEditorView.class,
                new RouteParameters(SurveyView.SURVEY_ID, surveyId))));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClassName("survey-publish");
        publish.addClickListener(click -> confirm("publish", () -> changes.publish(surveyId)));
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.addClassName("survey-close");
        close.addClickListener(click -> confirm("close", () -> changes.close(surveyId)));
        add(edit, publish, close);
        setVisible(changes.allowed());
    }

    /** Offers the actions that fit the survey's versions, oldest first. */
    void show(String surveyId, List<SurveyVersion> versions) {
        this.surveyId = surveyId;
        SurveyVersion latest = versions.getLast();
        boolean draft = latest.status() == SurveyStatus.DRAFT;
        edit.setText(getTranslation(draft ? "surveys.action.editDraft" : "surveys.action.newVersion"));
        publish.setText(getTranslation("surveys.action.publish", latest.survey().version()));
        publish.setVisible(draft);
        close.setText(getTranslation("surveys.action.close"));
        close.setVisible(versions.stream().anyMatch(version -> version.status() == SurveyStatus.PUBLISHED));
    }

    private void confirm(String action, Supplier<?> change) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("surveys.confirm." + action + ".title"));
        dialog.setText(getTranslation("surveys.confirm." + action + ".text", surveyId));
        dialog.setConfirmText(getTranslation("surveys.confirm." + action + ".button"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("surveys.cancel"));
        dialog.addConfirmListener(confirmed -> {
            try {
                change.get();
                var done = Notification.show(getTranslation("surveys.done." + action, surveyId), 5000,
                        Notification.Position.BOTTOM_START);
                done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                changed.run();
            }
            catch (ServiceException ex) {
                ErrorNotifications.show(UI.getCurrent(), ex);
            }
        });
        dialog.open();
    }
}
