package uz.fikr.dashboard.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uz.fikr.dashboard.filter.FilterOptions;
import uz.fikr.dashboard.format.Formats;
import uz.fikr.dashboard.layout.MainLayout;
import uz.fikr.dashboard.questions.QuestionTexts;
import uz.fikr.dashboard.security.CurrentUser;
import uz.fikr.dashboard.security.Role;
import uz.fikr.dashboard.service.ServiceException;
import uz.fikr.dashboard.surveys.SurveyListItem;

/**
 * Reports: the archive of every generated report with its downloads, a report on demand with its progress, and for
 * admins the schedules that write and e-mail reports. (Sections with headings rather than tabs, as on the inbox.)
 */
@Route(value = "reports", layout = MainLayout.class)
@RolesAllowed(Role.MANAGER_NAME)
@StyleSheet("styles/reports.css")
public class ReportsView extends Div implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver {

    private static final Logger log = LoggerFactory.getLogger(ReportsView.class);

    private final H1 title = new H1();
    private final Paragraph intro = new Paragraph();
    private final H2 archiveHeading = new H2();
    private final H2 onDemandHeading = new H2();
    private final OnDemandForm onDemand;
    private @Nullable Registration polling;

    ReportsView(ReportsApi api, Schedules schedules, FilterOptions options, CurrentUser user, Clock clock) {
        addClassName("reports-view");
        List<SurveyListItem> surveys = surveys(options);
        var archive = new ArchiveGrid(api);
        onDemand = new OnDemandForm(api, user, surveys, options.branches(), LocalDate.now(clock.withZone(
                Formats.LIBRARY_ZONE)), archive::refresh);
        add(title, intro, new Section(archiveHeading, archive), new Section(onDemandHeading, onDemand));
        if (schedules.allowed()) {
            add(new SchedulesSection(schedules, surveys, options.branches(),
                    QuestionTexts.language(getLocale())));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.title") + " – " + getTranslation("app.title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("reports.title"));
        intro.setText(getTranslation("reports.intro"));
        archiveHeading.setText(getTranslation("reports.archive.heading"));
        onDemandHeading.setText(getTranslation("reports.onDemand.heading"));
    }

    /** {@code reports?survey=demo}: the survey the filter bar had is the one the on-demand form starts with. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("survey").ifPresent(onDemand::preselect);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(poll -> onDemand.poll());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        event.getUI().setPollInterval(-1);
    }

    private static List<SurveyListItem> surveys(FilterOptions options) {
        try {
            return options.surveys();
        }
        catch (ServiceException ex) {
            log.warn("The Reports page offers no surveys: {}", ex.getMessage());
            return List.of();
        }
    }
}
