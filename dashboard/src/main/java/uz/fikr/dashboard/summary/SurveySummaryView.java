package uz.fikr.dashboard.summary;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.PermitAll;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uz.fikr.dashboard.analytics.AnalyticsClient;
import uz.fikr.dashboard.layout.MainLayout;
import uz.fikr.dashboard.service.ServiceException;
import uz.fikr.dashboard.analytics.SurveySummary;

/**
 * The dashboard page: response count and satisfaction distribution of the demo survey. It polls
 * analytics-service every two seconds and redraws only when the numbers changed. While
 * analytics-service is unreachable it shows a message instead of possibly stale numbers, and keeps
 * polling.
 */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class SurveySummaryView extends Div
        implements HasDynamicTitle, LocaleChangeObserver, AfterNavigationObserver {

    static final String SURVEY_ID = "demo";
    static final int POLL_INTERVAL_MILLIS = 2_000;

    private static final Logger log = LoggerFactory.getLogger(SurveySummaryView.class);

    private final AnalyticsClient analytics;
    private final H1 title = new H1();
    private final Paragraph unavailable = new Paragraph();
    private final ResponseCount responseCount = new ResponseCount();
    private final SatisfactionPanel satisfaction = new SatisfactionPanel();
    private @Nullable SurveySummary shown;
    private boolean analyticsDown;
    private @Nullable Registration polling;

    SurveySummaryView(AnalyticsClient analytics) {
        this.analytics = analytics;
        addClassName("dashboard");
        unavailable.addClassName("dashboard-error");
        unavailable.getElement().setAttribute("role", "status");
        unavailable.setVisible(false);
        responseCount.setVisible(false);
        satisfaction.setVisible(false);
        add(title, unavailable, responseCount, satisfaction);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("survey.demo.title"));
        unavailable.setText(getTranslation("analytics.unavailable"));
        event.getUI().getPage().executeJs("document.documentElement.lang = $0", event.getLocale().toLanguageTag());
        if (shown != null) {
            render(shown);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        ui.setPollInterval(POLL_INTERVAL_MILLIS);
        polling = ui.addPollListener(poll -> refresh());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        event.getUI().setPollInterval(-1);
    }

    /** Reads the latest summary; redraws count and chart only if it differs from the one shown. */
    private void refresh() {
        SurveySummary latest;
        try {
            latest = analytics.summary(SURVEY_ID);
        }
        catch (ServiceException ex) {
            showAnalyticsDown(ex);
            return;
        }
        if (analyticsDown) {
            log.info("analytics-service answers again; the dashboard shows fresh numbers");
            analyticsDown = false;
            unavailable.setVisible(false);
        }
        if (!latest.equals(shown)) {
            shown = latest;
            render(latest);
        }
    }

    private void showAnalyticsDown(ServiceException ex) {
        if (!analyticsDown) {
            // once per outage and page, not on every poll
            log.warn("Dashboard shows no numbers until analytics-service answers again: {}", ex.getMessage());
            log.debug("analytics-service failure", ex);
        }
        analyticsDown = true;
        shown = null;
        unavailable.setVisible(true);
        responseCount.setVisible(false);
        satisfaction.setVisible(false);
    }

    private void render(SurveySummary summary) {
        responseCount.show(summary.responses());
        satisfaction.show(SatisfactionDistribution.of(summary));
        responseCount.setVisible(true);
        satisfaction.setVisible(true);
    }
}
