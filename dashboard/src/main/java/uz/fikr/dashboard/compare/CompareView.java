package uz.fikr.dashboard.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
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

import uz.fikr.dashboard.analytics.AnalyticsClient;
import uz.fikr.dashboard.errors.ErrorNotifications;
import uz.fikr.dashboard.filter.FilteredView;
import uz.fikr.dashboard.filter.ViewFilter;
import uz.fikr.dashboard.layout.MainLayout;
import uz.fikr.dashboard.security.Role;
import uz.fikr.dashboard.service.ServiceException;
import uz.fikr.events.survey.Question;

/**
 * Compare: one question across branches, reader groups, age bands or channels. The question and the grouping live
 * in the address beside the filter ({@code ?survey=demo&from=...&question=satisfaction&by=readerGroup}); when the
 * filter bar drops them, the page keeps what it showed and writes it back into the address.
 */
@Route(value = "compare", layout = MainLayout.class)
@RolesAllowed(Role.MANAGER_NAME)
@StyleSheet("styles/compare.css")
public class CompareView extends Div implements FilteredView, BeforeEnterObserver, LocaleChangeObserver,
        HasDynamicTitle {

    static final String PATH = "/api/v1/surveys/{surveyId}/compare";
    static final String QUESTION = "question";
    static final String BY = "by";

    /** What is on screen, to redraw it in another language without asking again. */
    private record Shown(Comparison comparison, Question question, GroupBy by) {
    }

    private final AnalyticsClient analytics;
    private final CompareQuestions surveyQuestions;
    private final H1 title = new H1();
    private final Paragraph message = new Paragraph();
    private final CompareControls controls = new CompareControls(this::choose);
    private final CompareResults results = new CompareResults();
    private @Nullable String requestedQuestion;
    private @Nullable GroupBy requestedBy;
    private @Nullable String questionId;
    private GroupBy by = GroupBy.DEFAULT;
    private @Nullable Shown shown;

    CompareView(AnalyticsClient analytics, CompareQuestions surveyQuestions) {
        this.analytics = analytics;
        this.surveyQuestions = surveyQuestions;
        addClassName("compare-view");
        message.addClassName("compare-message");
        message.getElement().setAttribute("role", "status");
        add(title, controls, message, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        requestedQuestion = first(query, QUESTION).orElse(null);
        requestedBy = first(query, BY).flatMap(GroupBy::fromParameter).orElse(null);
    }

    @Override
    public void show(ViewFilter filter) {
        shown = null;
        controls.setVisible(false);
        results.setVisible(false);
        if (!filter.hasSurvey()) {
            say("filter.chooseSurvey");
            return;
        }
        List<Question> offered;
        try {
            offered = surveyQuestions.comparable(filter.survey());
        }
        catch (ServiceException ex) {
            failed(ex);
            return;
        }
        if (offered.isEmpty()) {
            say("compare.noQuestions");
            return;
        }
        Question question = pick(offered, requestedQuestion).or(() -> pick(offered, questionId))
                .orElse(offered.getFirst());
        GroupBy grouping = requestedBy != null ? requestedBy : by;
        questionId = question.id();
        by = grouping;
        controls.show(offered, question, grouping);
        controls.setVisible(true);
        if (!question.id().equals(requestedQuestion) || grouping != requestedBy) {
            // the address names what is shown, so that a copied link shows the same
            UI.getCurrent().getPage().getHistory().replaceState(null,
                    new Location("compare", withChoice(filter.toQueryParameters(), question, grouping)));
        }
        try {
            Comparison comparison = analytics.get(PATH, filter,
                    Map.of(QUESTION, question.id(), BY, grouping.parameter()), Comparison.class, filter.survey());
            shown = new Shown(comparison, question, grouping);
            render(shown);
        }
        catch (ServiceException ex) {
            failed(ex);
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("compare.title"));
        if (shown != null) {
            render(shown);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compare.title") + " · " + getTranslation("app.title");
    }

    private void render(Shown what) {
        message.setVisible(false);
        results.show(what.comparison(), what.question(), what.by(), this::getTranslation);
        results.setVisible(true);
    }

    /** The user chose another question or grouping: show it through the address, keeping the filter. */
    private void choose(Question question, GroupBy grouping) {
        UI ui = UI.getCurrent();
        Location current = ui.getInternals().getActiveViewLocation();
        ui.navigate(current.getPath(), withChoice(current.getQueryParameters(), question, grouping));
    }

    private void failed(ServiceException ex) {
        ErrorNotifications.show(UI.getCurrent(), ex);
        say("compare.unavailable");
    }

    private void say(String key) {
        message.setText(getTranslation(key));
        message.setVisible(true);
    }

    static QueryParameters withChoice(QueryParameters query, Question question, GroupBy grouping) {
        var parameters = new LinkedHashMap<>(query.getParameters());
        parameters.put(QUESTION, List.of(question.id()));
        parameters.put(BY, List.of(grouping.parameter()));
        return new QueryParameters(parameters);
    }

    private static Optional<Question> pick(List<Question> offered, @Nullable String id) {
        return offered.stream().filter(question -> question.id().equals(id)).findFirst();
    }

    private static Optional<String> first(Map<String, List<String>> query, String name) {
        return Optional.ofNullable(query.get(name)).filter(values -> !values.isEmpty()).map(List::getFirst);
    }
}
