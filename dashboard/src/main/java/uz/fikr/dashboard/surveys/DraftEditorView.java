package uz.fikr.dashboard.surveys;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.errors.ErrorNotifications;
import uz.fikr.dashboard.layout.MainLayout;
import uz.fikr.dashboard.security.Role;
import uz.fikr.dashboard.service.ServiceException;
import uz.fikr.events.survey.SurveyDefinition;
import uz.fikr.events.survey.SurveyStatus;
import uz.fikr.events.survey.SurveyVersion;

/**
 * Editing a survey's draft (admins only): the title and description in four languages and the questions. Saving
 * sends the whole definition to survey-service ({@code PUT /api/v1/admin/surveys/{id}/draft}), which replaces the
 * draft, or starts the next version as a draft when the latest one is published or closed: a published version
 * never changes. Its refusals are shown beside the fields they name and in a list above the form.
 */
@Route(value = "surveys/:" + SurveyView.SURVEY_ID + "/edit", layout = MainLayout.class)
@RolesAllowed(Role.ADMIN_NAME)
@StyleSheet("styles/surveys.css")
public class DraftEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    private final SurveyServiceClient surveys;
    private final SurveyChanges changes;
    private final H1 title = new H1();
    private final Paragraph note = new Paragraph();
    private final FieldProblems problems = new FieldProblems();
    private final Div form = new Div();
    private final SurveyPreview preview = new SurveyPreview();
    private String surveyId = "";
    private @Nullable SurveyDefinition base;
    private SurveyStatus latestStatus = SurveyStatus.DRAFT;
    private Set<String> savedIds = Set.of();
    private @Nullable Locale builtIn;
    private @Nullable LanguageTexts titles;
    private @Nullable LanguageTexts descriptions;
    private @Nullable QuestionsEditor questions;

    DraftEditorView(SurveyServiceClient surveys, SurveyChanges changes) {
        this.surveys = surveys;
        this.changes = changes;
        addClassName("surveys-page");
        addClassName("draft-editor");
        note.addClassName("survey-facts");
        preview.setVisible(false);
        add(title, note, problems, form, preview);
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " – " + getTranslation("app.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        surveyId = event.getRouteParameters().get(SurveyView.SURVEY_ID).orElse("");
        List<SurveyVersion> versions;
        try {
            versions = surveys.versions(surveyId);
        }
        catch (ServiceException ex) {
            if (ex.status() != 404) {
                ErrorNotifications.show(UI.getCurrent(), ex);
            }
            title.setText(getTranslation("surveys.notFound", surveyId));
            form.add(back());
            return;
        }
        SurveyVersion latest = versions.getLast();
        base = latest.survey();
        latestStatus = latest.status();
        savedIds = versions.stream().filter(SurveyVersion::isReleased)
                .flatMap(version -> version.survey().questions().stream()).map(question -> question.id())
                .collect(Collectors.toSet());
        build(base);
    }

    /** Translates the form by building it again from what has been typed so far. */
    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (base != null && titles != null && !event.getLocale().equals(builtIn)) {
            build(definition());
        }
    }

    private void build(SurveyDefinition survey) {
        SurveyDefinition saved = Objects.requireNonNull(base);
        builtIn = getLocale();
        title.setText(getTranslation("surveys.editor.title",
                SurveyLanguages.text(saved.title(), SurveyLanguages.of(getLocale()), surveyId)));
        note.setText(latestStatus == SurveyStatus.DRAFT ? getTranslation("surveys.editor.draft", saved.version())
                : getTranslation("surveys.editor.newVersion", saved.version(), new VersionTexts(this, getLocale())
                        .status(latestStatus), saved.version() + 1));
        problems.clear();
        titles = new LanguageTexts(getTranslation("surveys.editor.surveyTitle"), false, survey.title());
        descriptions = new LanguageTexts(getTranslation("surveys.editor.description"), true, survey.description());
        questions = new QuestionsEditor(survey.questions(), savedIds);
        var save = new Button(getTranslation("surveys.editor.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("draft-save");
        var showPreview = new Button(getTranslation("surveys.editor.preview"), click -> {
            preview.show(definition(), getTranslation("surveys.editor.unsaved"));
            preview.setVisible(true);
        });
        var actions = new Div(save, showPreview, back());
        actions.addClassName("survey-actions");
        form.removeAll();
        form.add(new H2(getTranslation("surveys.editor.basics")), titles, descriptions,
                new H2(getTranslation("surveys.editor.questions")), questions, actions);
    }

    private RouterLink back() {
        return new RouterLink(getTranslation("surveys.editor.cancel"), SurveyView.class,
                new RouteParameters(SurveyView.SURVEY_ID, surveyId));
    }

    /** The survey as edited; what the form does not show (dates, profile block, invitations) is kept. */
    private SurveyDefinition definition() {
        SurveyDefinition survey = Objects.requireNonNull(base);
        return new SurveyDefinition(surveyId, survey.version(), titles.values(), descriptions.values(),
                survey.opensAt(), survey.closesAt(), survey.profile(), survey.invitationOnly(), questions.questions());
    }

    private void save() {
        problems.clear();
        titles.register("title", problems);
        descriptions.register("description", problems);
        questions.register(problems);
        try {
            SurveyVersion saved = changes.saveDraft(surveyId, definition());
            Notification.show(getTranslation("surveys.editor.saved", saved.survey().version()), 5000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(SurveyView.class, new RouteParameters(SurveyView.SURVEY_ID, surveyId)));
        }
        catch (ServiceException ex) {
            if (ex.unavailable() || ex.fieldProblems().isEmpty()) {
                ErrorNotifications.show(UI.getCurrent(), ex);
            }
            else {
                problems.show(ex.fieldProblems());
            }
        }
    }
}
