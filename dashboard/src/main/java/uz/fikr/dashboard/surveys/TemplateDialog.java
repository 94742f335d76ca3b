package uz.fikr.dashboard.surveys;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import uz.fikr.dashboard.errors.ErrorNotifications;
import uz.fikr.dashboard.service.ServiceException;
import uz.fikr.events.survey.SurveyDefinition;
import uz.fikr.events.survey.SurveyVersion;

/**
 * "Create from a template": the templates with their names and descriptions in the user's language, the new
 * survey's id (checked as survey-service checks it), and whether to publish it at once or keep it as a draft.
 * survey-service's refusals are shown next to the field they name.
 */
class TemplateDialog extends Dialog {

    /** survey-service's rule for survey ids (DefinitionRules.SURVEY_ID). */
    static final Pattern SURVEY_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");

    private final SurveyChanges changes;
    private final Consumer<SurveyVersion> created;
    private final RadioButtonGroup<SurveyDefinition> template = new RadioButtonGroup<>();
    private final TextField id = new TextField();
    private final RadioButtonGroup<Boolean> publish = new RadioButtonGroup<>();
    private final Paragraph problem = new Paragraph();

    TemplateDialog(List<SurveyDefinition> templates, SurveyChanges changes, Consumer<SurveyVersion> created) {
        this.changes = changes;
        this.created = created;
        addClassName("template-dialog");
        String language = SurveyLanguages.of(UI.getCurrent().getLocale());
        setHeaderTitle(getTranslation("surveys.create.title"));
        template.setLabel(getTranslation("surveys.create.template"));
        template.setItems(templates);
        template.setItemLabelGenerator(item -> SurveyLanguages.text(item.title(), language, item.id()));
        template.setRenderer(new ComponentRenderer<>(item -> templateLabel(item, language)));
        template.setRequired(true);
        id.setLabel(getTranslation("surveys.create.id"));
        id.setHelperText(getTranslation("surveys.create.id.help"));
        id.setRequired(true);
        id.setMaxLength(64);
        publish.setLabel(getTranslation("surveys.create.publish"));
        publish.setItems(false, true);
        publish.setItemLabelGenerator(now -> getTranslation(
                now ? "surveys.create.publishNow" : "surveys.create.draft"));
        publish.setValue(false);
        problem.addClassName("surveys-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        add(new Div(template, id, publish, problem));
        var create = new Button(getTranslation("surveys.create.submit"), click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("surveys.cancel"), click -> close()), create);
    }

    private static Div templateLabel(SurveyDefinition template, String language) {
        var name = new Span(SurveyLanguages.text(template.title(), language, template.id()));
        name.addClassName("template-name");
        var description = new Span(SurveyLanguages.text(template.description(), language, ""));
        description.addClassName("template-description");
        return new Div(name, description);
    }

    private void create() {
        clearProblems();
        boolean valid = true;
        if (template.getValue() == null) {
            refuse(template, getTranslation("surveys.create.template.required"));
            valid = false;
        }
        String surveyId = id.getValue().trim();
        if (!SURVEY_ID.matcher(surveyId).matches()) {
            refuse(id, getTranslation("surveys.create.id.invalid"));
            valid = false;
        }
        if (!valid) {
            return;
        }
        try {
            SurveyVersion version = changes.createFromTemplate(template.getValue().id(), surveyId,
                    Boolean.TRUE.equals(publish.getValue()));
            close();
            created.accept(version);
        }
        catch (ServiceException ex) {
            if (ex.unavailable()) {
                ErrorNotifications.show(UI.getCurrent(), ex);
            }
            else {
                showRefusal(ex);
            }
        }
    }

    private void showRefusal(ServiceException refusal) {
        List<ServiceException.FieldProblem> fields = refusal.fieldProblems();
        if (fields.isEmpty() && refusal.status() == 409) {
            refuse(id, refusal.detail()); // the id is taken
            return;
        }
        var elsewhere = new StringBuilder();
        for (ServiceException.FieldProblem field : fields) {
            switch (field.field()) {
                case "id" -> refuse(id, field.message());
                case "template" -> refuse(template, field.message());
                default -> elsewhere.append(field.field()).append(": ").append(field.message()).append(' ');
            }
        }
        if (fields.isEmpty() || !elsewhere.isEmpty()) {
            String what = fields.isEmpty() ? refusal.detail() : elsewhere.toString().trim();
            problem.setText(getTranslation("error.refused", what));
            problem.setVisible(true);
        }
    }

    private static void refuse(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void clearProblems() {
        template.setInvalid(false);
        id.setInvalid(false);
        problem.setVisible(false);
    }
}
