package uz.fikr.dashboard.overview;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.errors.ErrorNotifications;
import uz.fikr.dashboard.filter.FilteredView;
import uz.fikr.dashboard.filter.ViewFilter;
import uz.fikr.dashboard.format.Formats;
import uz.fikr.dashboard.layout.MainLayout;
import uz.fikr.dashboard.security.Role;
import uz.fikr.dashboard.service.ServiceException;
import uz.fikr.dashboard.trends.Texts;

/**
 * The Overview, the dashboard's start page: a library director's ten-minute look at the period the filter names
 * against the period of the same length before it. Key figures with interval, n and whether the change is
 * significant, a small trend for each, service-quality alerts linking to the Service quality page, and the newest
 * comments.
 */
@Route(value = "", layout = MainLayout.class)
@RolesAllowed(Role.MANAGER_NAME)
@StyleSheet("styles/overview.css")
public class OverviewView extends Div implements FilteredView, HasDynamicTitle, LocaleChangeObserver {

    private final OverviewFigures figures;
    private final H1 title = new H1();
    private final Paragraph period = new Paragraph();
    private final Paragraph status = new Paragraph();
    private final H2 kpiHeading = new H2();
    private final Div cards = new Div();
    private final Section kpis = new Section(kpiHeading, cards);
    private final QualityAlerts alerts = new QualityAlerts();
    private final LatestComments comments = new LatestComments();
    private @Nullable Overview shown;

    OverviewView(OverviewFigures figures) {
        this.figures = figures;
        addClassName("overview");
        period.addClassName("overview-period");
        status.addClassName("overview-status");
        status.getElement().setAttribute("role", "status");
        kpiHeading.setId("overview-kpis-heading");
        kpis.getElement().setAttribute("aria-labelledby", kpiHeading.getId().orElseThrow());
        cards.addClassName("kpi-cards");
        add(title, period, status, kpis, alerts, comments);
        showOnly(status);
    }

    @Override
    public void show(ViewFilter filter) {
        shown = null;
        if (!filter.hasSurvey()) {
            status.setText(getTranslation("filter.chooseSurvey"));
            showOnly(status);
            return;
        }
        try {
            shown = figures.read(filter);
            render(shown);
        }
        catch (ServiceException ex) {
            status.setText(getTranslation("overview.unavailable"));
            showOnly(status);
            getUI().ifPresent(ui -> ErrorNotifications.show(ui, ex));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title") + " – " + getTranslation("app.title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("overview.title"));
        if (shown != null) {
            render(shown);
        }
    }

    private void render(Overview overview) {
        Texts texts = new Texts(this, getLocale());
        Formats formats = texts.formats();
        ViewFilter filter = overview.filter();
        ViewFilter previous = overview.previous().filter();
        period.setText(getTranslation("overview.period", formats.date(filter.from()), formats.date(filter.to()),
                formats.date(previous.from()), formats.date(previous.to())));
        kpiHeading.setText(getTranslation("overview.kpis"));
        cards.removeAll();
        for (Kpi kpi : new Kpis(overview, texts).all()) {
            var card = new KpiCard();
            cards.add(card);
            card.show(kpi);
        }
        alerts.show(overview, texts);
        comments.show(overview, texts);
        showOnly(period, kpis, alerts, comments);
    }

    private void showOnly(Component... visible) {
        List<Component> shownParts = List.of(visible);
        for (var part : List.of(period, status, kpis, alerts, comments)) {
            part.setVisible(shownParts.contains(part));
        }
    }
}
