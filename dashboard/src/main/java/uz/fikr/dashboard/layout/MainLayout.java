package uz.fikr.dashboard.layout;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uz.fikr.dashboard.filter.FilterBar;
import uz.fikr.dashboard.filter.FilterOptions;
import uz.fikr.dashboard.filter.FilteredView;
import uz.fikr.dashboard.filter.ViewFilter;
import uz.fikr.dashboard.security.CurrentUser;
import uz.fikr.dashboard.service.ServiceException;
import uz.fikr.dashboard.surveys.SurveyListItem;

/**
 * The frame around every page: the title, the navigation, the language switch, who is logged in, and the filter
 * bar above pages that show figures. The filter lives in the address: changing it navigates to the same page with
 * the new query, so the browser's back button and a shared link both work.
 */
@AnonymousAllowed // each view says who may see it; the layout itself holds nothing secret
public class MainLayout extends AppLayout implements AfterNavigationObserver, LocaleChangeObserver {

    private static final Logger log = LoggerFactory.getLogger(MainLayout.class);

    private final FilterOptions options;
    private final Clock clock;
    private final Navigation navigation;
    private final Span appName = new Span();
    private final Span user = new Span();
    private final Button logout = new Button();
    private final FilterBar filterBar;
    private final Div outlet = new Div();

    MainLayout(FilterOptions options, Clock clock, CurrentUser currentUser) {
        this.options = options;
        this.clock = clock;
        this.navigation = new Navigation(currentUser.isAdmin());
        this.filterBar = new FilterBar(this::navigateTo);
        appName.addClassName("app-name");
        user.addClassName("current-user");
        user.setText(currentUser.name());
        logout.addClickListener(click -> currentUser.logout());
        var toggle = new DrawerToggle();
        var header = new Div(appName, new LanguageSwitch(), user, logout);
        header.addClassName("app-header");
        addToNavbar(toggle, header);
        addToDrawer(navigation);
        outlet.addClassName("page-outlet");
        var page = new Div(filterBar, outlet);
        page.addClassName("page");
        setContent(page);
        setPrimarySection(Section.DRAWER);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        outlet.getElement().removeAllChildren();
        outlet.getElement().appendChild(content.getElement());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        navigation.highlight(event.getLocation());
        Component view = UI.getCurrent().getCurrentView();
        boolean filtered = view instanceof FilteredView;
        filterBar.setVisible(filtered);
        if (!filtered) {
            return;
        }
        Location location = event.getLocation();
        ViewFilter filter = ViewFilter.of(location.getQueryParameters(), LocalDate.now(clock));
        try {
            var surveys = options.surveys();
            filterBar.setOptions(surveys, options.branches());
            if (!filter.hasSurvey() && !surveys.isEmpty()) {
                SurveyListItem first = surveys.getFirst();
                filter = filter.withSurvey(first.id(), null);
                // the address names the survey shown, so that a copied link shows the same
                UI.getCurrent().getPage().getHistory().replaceState(null,
                        new Location(location.getPath(), filter.toQueryParameters()));
            }
        }
        catch (ServiceException ex) {
            log.warn("The filter bar offers no surveys: {}", ex.getMessage());
        }
        filterBar.show(filter);
        navigation.keepQuery(filter.toQueryParameters());
        ((FilteredView) view).show(filter);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        appName.setText(getTranslation("app.title"));
        logout.setText(getTranslation("nav.logout"));
        user.getElement().setAttribute("title", getTranslation("nav.signedInAs", user.getText()));
    }

    private void navigateTo(ViewFilter filter) {
        UI ui = UI.getCurrent();
        String path = ui.getInternals().getActiveViewLocation().getPath();
        ui.navigate(path, filter.toQueryParameters());
    }
}
