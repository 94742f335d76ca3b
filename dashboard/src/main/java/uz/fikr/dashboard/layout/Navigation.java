package uz.fikr.dashboard.layout;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;

/**
 * The list of pages. Links to pages with figures carry the current filter, so moving between pages keeps what the
 * user is looking at. Admin pages are listed only for admins (the pages check the role themselves too).
 */
class Navigation extends Nav implements LocaleChangeObserver {

    /** A page: its path, its label's key, whether it shows the filter bar, whether only admins see it. */
    record Page(String path, String labelKey, boolean filtered, boolean adminOnly) {
    }

    static final List<Page> PAGES = List.of(
            new Page("", "nav.overview", true, false),
            new Page("quality", "nav.quality", true, false),
            new Page("needs", "nav.needs", true, false),
            new Page("compare", "nav.compare", true, false),
            new Page("trends", "nav.trends", true, false),
            new Page("inbox", "nav.inbox", false, false),
            new Page("surveys", "nav.surveys", false, false),
            new Page("reports", "nav.reports", false, false),
            new Page("users", "nav.users", false, true));

    private final SideNav nav = new SideNav();
    private final List<Page> pages = new ArrayList<>();
    private final List<SideNavItem> items = new ArrayList<>();

    Navigation(boolean admin) {
        for (Page page : PAGES) {
            if (!page.adminOnly() || admin) {
                var item = new SideNavItem("", page.path());
                pages.add(page);
                items.add(item);
                nav.addItem(item);
            }
        }
        add(nav);
    }

    /** Adds the filter to the links of the pages that show figures. */
    void keepQuery(QueryParameters query) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).filtered()) {
                items.get(i).setQueryParameters(query);
            }
        }
    }

    /** Marks the current page for screen readers (aria-current) beyond the side nav's own highlighting. */
    void highlight(Location location) {
        String first = location.getFirstSegment();
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).path().equals(first)) {
                items.get(i).getElement().setAttribute("aria-current", "page");
            }
            else {
                items.get(i).getElement().removeAttribute("aria-current");
            }
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        nav.setLabel(getTranslation("nav.label"));
        setAriaLabel(getTranslation("nav.label"));
        for (int i = 0; i < pages.size(); i++) {
            items.get(i).setLabel(getTranslation(pages.get(i).labelKey()));
        }
    }
}
