package uz.fikr.dashboard.inbox;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uz.fikr.dashboard.errors.ErrorNotifications;
import uz.fikr.dashboard.filter.FilterOptions;
import uz.fikr.dashboard.layout.MainLayout;
import uz.fikr.dashboard.security.CurrentUser;
import uz.fikr.dashboard.security.Role;
import uz.fikr.dashboard.service.ServiceException;

/**
 * The feedback inbox: readers' comments and online feedback, filtered by the inbox's own filters kept in the
 * address, in a lazy grid with the selected item beside it; admins move items through the workflow there. Below
 * them, a section lists the published "you said, we did" entries. (Two sections with headings rather than tabs:
 * Vaadin's tab sheet puts a focusable element among its tabs, which screen readers reject.) After a change survey-service accepted, the page shows the
 * new state at once and re-reads the item every {@link #POLL_INTERVAL_MILLIS} ms until analytics-service lists it.
 */
@Route(value = "inbox", layout = MainLayout.class)
@RolesAllowed(Role.MANAGER_NAME)
@StyleSheet("styles/inbox.css")
public class InboxView extends Div implements HasDynamicTitle, LocaleChangeObserver, AfterNavigationObserver {

    static final int POLL_INTERVAL_MILLIS = 2_000;

    private static final Logger log = LoggerFactory.getLogger(InboxView.class);

    private final InboxApi api;
    private final Clock clock;
    private final PendingChanges pending = new PendingChanges();
    private final H1 title = new H1();
    private final H2 itemsHeading = new H2();
    private final InboxFilterRow filters;
    private final InboxGrid grid;
    private final ItemDetail detail;
    private final YouSaidWeDidSection entries;
    private @Nullable Registration polling;

    InboxView(InboxApi api, FilterOptions options, CurrentUser user, Clock clock) {
        this.api = api;
        this.clock = clock;
        addClassName("inbox");
        filters = new InboxFilterRow(options.branches(), this::navigateTo);
        grid = new InboxGrid(api, pending);
        detail = new ItemDetail(user.isAdmin() ? new WorkflowForm(api, user, this::saved) : null, grid::deselect);
        entries = new YouSaidWeDidSection(api);
        var split = new Div(grid, detail);
        split.addClassName("inbox-split");
        var items = new Section(itemsHeading, filters, split);
        items.addClassName("inbox-items");
        grid.onSelect(selected -> selected.ifPresentOrElse(this::open, detail::hide));
        add(title, items, entries);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title") + " – " + getTranslation("app.title");
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Location location = event.getLocation();
        InboxFilter filter = InboxFilter.of(location.getQueryParameters(), LocalDate.now(clock));
        if (!filter.toQueryParameters().getParameters().equals(location.getQueryParameters().getParameters())) {
            // the address names the filter shown, so that a copied link shows the same
            event.getLocationChangeEvent().getUI().getPage().getHistory().replaceState(null,
                    new Location(location.getPath(), filter.toQueryParameters()));
        }
        filters.show(filter);
        grid.show(filter);
        entries.load();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("inbox.title"));
        itemsHeading.setText(getTranslation("inbox.tab.items"));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(poll -> recheck());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        event.getUI().setPollInterval(-1);
    }

    private void navigateTo(InboxFilter filter) {
        UI.getCurrent().navigate("inbox", filter.toQueryParameters());
    }

    private void open(InboxItem item) {
        detail.show(item, List.of());
        try {
            InboxItemDetail read = api.item(item.itemId());
            detail.show(pending.apply(read.item()), read.history());
        }
        catch (ServiceException ex) {
            ErrorNotifications.show(UI.getCurrent(), ex);
        }
    }

    private void saved(InboxItem item, InboxChange change) {
        pending.add(item, change.changeId());
        grid.refreshItem(item);
        detail.changed(item, change);
        UI.getCurrent().setPollInterval(POLL_INTERVAL_MILLIS);
    }

    /** Re-reads the items whose change analytics-service did not list yet. */
    private void recheck() {
        for (String itemId : pending.itemIds()) {
            Optional<InboxItemDetail> read = read(itemId);
            if (read.isPresent() && pending.confirmedBy(read.get()) || pending.gaveUp(itemId)) {
                read.ifPresent(fresh -> {
                    grid.refreshItem(fresh.item());
                    if (detail.shows(itemId)) {
                        detail.confirmed(fresh.item(), fresh.history());
                    }
                });
            }
        }
        if (pending.isEmpty()) {
            UI.getCurrent().setPollInterval(-1);
        }
    }

    private Optional<InboxItemDetail> read(String itemId) {
        try {
            return Optional.of(api.item(itemId));
        }
        catch (ServiceException ex) {
            log.info("Cannot re-read inbox item {} yet: {}", itemId, ex.getMessage());
            return Optional.empty();
        }
    }
}
