package uz.fikr.dashboard.surveys;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.errors.ErrorNotifications;
import uz.fikr.dashboard.layout.MainLayout;
import uz.fikr.dashboard.security.Role;
import uz.fikr.dashboard.service.ServiceException;

/**
 * The Surveys page: every survey with its status, versions and response counts. Managers read it; admins also
 * create surveys from templates here and open a survey's page to edit, publish or close it.
 */
@Route(value = "surveys", layout = MainLayout.class)
@RolesAllowed(Role.MANAGER_NAME)
@StyleSheet("styles/surveys.css")
public class SurveysView extends Main implements HasDynamicTitle, LocaleChangeObserver, AfterNavigationObserver {

    private final SurveyListLoader loader;
    private final SurveyChanges changes;
    private final SurveyServiceClient surveys;
    private final H1 title = new H1();
    private final Paragraph intro = new Paragraph();
    private final Button create = new Button();
    private final Paragraph problem = new Paragraph();
    private final SurveyGrid grid = new SurveyGrid();
    private SurveyListLoader.@Nullable Loaded loaded;

    SurveysView(SurveyListLoader loader, SurveyChanges changes, SurveyServiceClient surveys) {
        this.loader = loader;
        this.changes = changes;
        this.surveys = surveys;
        addClassName("surveys-page");
        problem.addClassName("surveys-problem");
        problem.getElement().setAttribute("role", "status");
        problem.setVisible(false);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("surveys-create");
        create.setVisible(changes.allowed());
        create.addClickListener(click -> openTemplates());
        add(title, intro, create, problem, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("surveys.title") + " – " + getTranslation("app.title");
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        try {
            loaded = loader.load();
            problem.setVisible(loaded.countsFailure() != null);
            if (loaded.countsFailure() != null) {
                ErrorNotifications.show(UI.getCurrent(), loaded.countsFailure());
            }
        }
        catch (ServiceException ex) {
            loaded = null;
            problem.setVisible(true);
            ErrorNotifications.show(UI.getCurrent(), ex);
        }
        render();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("surveys.title"));
        intro.setText(getTranslation(changes.allowed() ? "surveys.intro.admin" : "surveys.intro.manager"));
        create.setText(getTranslation("surveys.create"));
        render();
    }

    private void render() {
        if (loaded == null) {
            problem.setText(getTranslation("surveys.list.unavailable"));
            grid.setVisible(false);
            return;
        }
        problem.setText(getTranslation("surveys.counts.failed"));
        grid.setVisible(true);
        grid.show(loaded.rows());
    }

    private void openTemplates() {
        try {
            new TemplateDialog(surveys.templates(), changes, created -> getUI().ifPresent(ui -> ui.navigate(
                    SurveyView.class, new RouteParameters(SurveyView.SURVEY_ID, created.survey().id())))).open();
        }
        catch (ServiceException ex) {
            ErrorNotifications.show(UI.getCurrent(), ex);
        }
    }
}
