package uz.fikr.dashboard.surveys;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.errors.ErrorNotifications;
import uz.fikr.dashboard.filter.FilterOptions;
import uz.fikr.dashboard.layout.MainLayout;
import uz.fikr.dashboard.security.Role;
import uz.fikr.dashboard.service.ServiceException;
import uz.fikr.dashboard.table.DataTable;
import uz.fikr.events.survey.SurveyVersion;

/**
 * One survey's page: its versions, its response counts, the links readers get (form, poster, QR code), a preview
 * of its latest version and, for admins, editing, publishing and closing.
 */
@Route(value = "surveys/:" + SurveyView.SURVEY_ID, layout = MainLayout.class)
@RolesAllowed(Role.MANAGER_NAME)
@StyleSheet("styles/surveys.css")
public class SurveyView extends Main implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    static final String SURVEY_ID = "surveyId";

    private final SurveyServiceClient surveys;
    private final ResponseCountReader countReader;
    private final H1 title = new H1();
    private final Paragraph facts = new Paragraph();
    private final RouterLink back = new RouterLink("", SurveysView.class);
    private final SurveyActions actions;
    private final H2 versionsHeading = new H2();
    private final DataTable versionsTable = new DataTable();
    private final H2 linksHeading = new H2();
    private final Paragraph linksNote = new Paragraph();
    private final ReaderLinks links;
    private final H2 countsHeading = new H2();
    private final CountsPanel counts = new CountsPanel();
    private final SurveyPreview preview = new SurveyPreview();
    private final Section content;
    private String surveyId = "";
    private List<SurveyVersion> versions = List.of();
    private @Nullable ResponseCounts responseCounts;

    SurveyView(SurveyServiceClient surveys, ResponseCountReader countReader, SurveyChanges changes,
            FilterOptions filterOptions) {
        this.surveys = surveys;
        this.countReader = countReader;
        this.actions = new SurveyActions(changes, this::load);
        this.links = new ReaderLinks(surveys, filterOptions.branches());
        addClassName("surveys-page");
        facts.addClassName("survey-facts");
        content = new Section(facts, actions, versionsHeading, versionsTable, linksHeading, linksNote, links,
                countsHeading, counts, preview);
        content.setVisible(false);
        add(back, title, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        surveyId = event.getRouteParameters().get(SURVEY_ID).orElse("");
        load();
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " – " + getTranslation("app.title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    /** Reads the survey's versions and counts again, e.g. after it was published. */
    private void load() {
        try {
            versions = surveys.versions(surveyId);
        }
        catch (ServiceException ex) {
            versions = List.of();
            if (ex.status() != 404) {
                ErrorNotifications.show(UI.getCurrent(), ex);
            }
            render();
            return;
        }
        try {
            responseCounts = countReader.read(versions);
        }
        catch (ServiceException ex) {
            responseCounts = null;
            ErrorNotifications.show(UI.getCurrent(), ex);
        }
        render();
    }

    private void render() {
        back.setText(getTranslation("surveys.back"));
        content.setVisible(!versions.isEmpty());
        if (versions.isEmpty()) {
            title.setText(getTranslation("surveys.notFound", surveyId));
            return;
        }
        var texts = new VersionTexts(this, getLocale());
        SurveyVersion latest = versions.getLast();
        title.setText(SurveyLanguages.text(latest.survey().title(), SurveyLanguages.of(getLocale()), surveyId));
        facts.setText(getTranslation("surveys.facts", surveyId, texts.status(Versions.status(versions))));
        actions.show(surveyId, versions);
        versionsHeading.setText(getTranslation("surveys.versions.title"));
        versionsTable.show(texts.table(surveyId, versions));
        linksHeading.setText(getTranslation("surveys.links.title"));
        boolean open = Versions.published(versions);
        linksNote.setText(getTranslation(open ? "surveys.links.note" : "surveys.links.unpublished"));
        links.setVisible(open);
        links.show(surveyId);
        countsHeading.setText(getTranslation("surveys.counts.title"));
        counts.show(responseCounts, Versions.released(versions));
        preview.show(latest.survey(), texts.which(latest));
    }
}
