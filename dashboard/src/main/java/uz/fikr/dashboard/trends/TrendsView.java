package uz.fikr.dashboard.trends;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.questions.SurveyQuestions;
import uz.fikr.dashboard.analytics.AnalyticsClient;
import uz.fikr.dashboard.errors.ErrorNotifications;
import uz.fikr.dashboard.filter.FilteredView;
import uz.fikr.dashboard.filter.ViewFilter;
import uz.fikr.dashboard.layout.MainLayout;
import uz.fikr.dashboard.security.Role;
import uz.fikr.dashboard.service.ServiceException;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.SurveyDefinition;

/**
 * Trends: any rating or 0-10 question of the survey per week, month or quarter. The question and the grain live in
 * the address beside the filter ({@code ?survey=demo&from=…&question=satisfaction&grain=month}), so a link opens the
 * same trend.
 */
@Route(value = TrendsView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.MANAGER_NAME)
@StyleSheet("styles/trends.css")
public class TrendsView extends Div implements FilteredView, BeforeEnterObserver, HasDynamicTitle,
        LocaleChangeObserver {

    static final String ROUTE = "trends";
    static final String QUESTION = "question";
    static final String GRAIN = "grain";

    private final SurveyQuestions surveyQuestions;
    private final AnalyticsClient analytics;
    private final H1 title = new H1();
    private final Paragraph status = new Paragraph();
    private final Select<Question> question = new Select<>();
    private final Select<Grain> grain = new Select<>();
    private final Div controls = new Div(question, grain);
    private final TrendPanel panel = new TrendPanel();
    private @Nullable String requestedQuestion;
    private @Nullable String requestedGrain;
    private @Nullable ViewFilter shown;

    TrendsView(SurveyQuestions surveyQuestions, AnalyticsClient analytics) {
        this.surveyQuestions = surveyQuestions;
        this.analytics = analytics;
        addClassName("trends");
        status.addClassName("trends-status");
        status.getElement().setAttribute("role", "status");
        question.setItemLabelGenerator(item -> SurveyQuestions.text(item, getLocale()));
        grain.setItems(Grain.values());
        grain.setItemLabelGenerator(item -> item.displayName(new Texts(this, getLocale())));
        question.addValueChangeListener(event -> choose(event.isFromClient()));
        grain.addValueChangeListener(event -> choose(event.isFromClient()));
        controls.addClassName("trends-controls");
        add(title, status, controls, panel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        // a filter change keeps the question and grain shown: the filter bar's address names only the filter
        requestedQuestion = query.getSingleParameter(QUESTION).orElse(requestedQuestion);
        requestedGrain = query.getSingleParameter(GRAIN).orElse(requestedGrain);
    }

    @Override
    public void show(ViewFilter filter) {
        shown = filter;
        if (!filter.hasSurvey()) {
            showStatus(getTranslation("filter.chooseSurvey"));
            return;
        }
        try {
            SurveyDefinition survey = surveyQuestions.definition(filter);
            List<Question> questions = SurveyQuestions.trendable(survey);
            if (questions.isEmpty()) {
                showStatus(getTranslation("trends.noQuestions"));
                return;
            }
            Question chosen = questions.stream().filter(q -> q.id().equals(requestedQuestion)).findFirst()
                    .or(() -> SurveyQuestions.satisfaction(survey)).orElse(questions.getFirst());
            Grain chosenGrain = Grain.fromParameter(requestedGrain == null ? "" : requestedGrain).orElse(Grain.MONTH);
            Trend trend = analytics.get(Trend.PATH, filter, Trend.parameters(chosen, chosenGrain), Trend.class,
                    filter.survey());
            showControls(questions, chosen, chosenGrain);
            panel.show(chosen, chosenGrain, trend);
            panel.setVisible(true);
            controls.setVisible(true);
            status.setVisible(false);
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                    new Location(ROUTE, query(filter, chosen, chosenGrain))));
        }
        catch (ServiceException ex) {
            showStatus(getTranslation("trends.unavailable"));
            getUI().ifPresent(ui -> ErrorNotifications.show(ui, ex));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("trends.title") + " – " + getTranslation("app.title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("trends.title"));
        question.setLabel(getTranslation("trends.question"));
        grain.setLabel(getTranslation("trends.grain"));
        grain.getListDataView().refreshAll();
        if (shown != null) {
            show(shown);
        }
    }

    /** Shows the choice made; values set here are no user's choice, so they navigate nowhere. */
    private void showControls(List<Question> questions, Question chosen, Grain chosenGrain) {
        question.setItems(questions);
        question.setValue(chosen);
        grain.setValue(chosenGrain);
    }

    private void showStatus(String text) {
        status.setText(text);
        status.setVisible(true);
        panel.setVisible(false);
        controls.setVisible(false);
    }

    /** A user chose another question or grain: the address changes, and with it the trend shown. */
    private void choose(boolean byUser) {
        ViewFilter filter = shown;
        if (!byUser || filter == null || question.getValue() == null || grain.getValue() == null) {
            return;
        }
        requestedQuestion = question.getValue().id();
        requestedGrain = grain.getValue().parameter();
        UI.getCurrent().navigate(ROUTE, query(filter, question.getValue(), grain.getValue()));
    }

    private static QueryParameters query(ViewFilter filter, Question question, Grain grain) {
        return filter.toQueryParameters().merging(QUESTION, question.id()).merging(GRAIN, grain.parameter());
    }
}
