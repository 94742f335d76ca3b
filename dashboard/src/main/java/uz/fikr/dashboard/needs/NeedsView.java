package uz.fikr.dashboard.needs;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.chart.ChartSection;
import uz.fikr.dashboard.errors.ErrorNotifications;
import uz.fikr.dashboard.filter.FilteredView;
import uz.fikr.dashboard.filter.ViewFilter;
import uz.fikr.dashboard.layout.MainLayout;
import uz.fikr.dashboard.security.Role;
import uz.fikr.dashboard.service.ServiceException;

/**
 * The reader-needs page: per reader group and per branch, the services readers want and those they rate lowest,
 * then what readers write about. Groups too small to show are named as suppressed, never with numbers.
 */
@Route(value = "needs", layout = MainLayout.class)
@RolesAllowed(Role.MANAGER_NAME)
@StyleSheet("styles/needs.css")
public class NeedsView extends Main implements FilteredView, HasDynamicTitle, LocaleChangeObserver {

    private static final String READER_GROUP = "readerGroup";
    private static final String BRANCH = "branch";

    private final NeedsReader reader;
    private final H1 title = new H1();
    private final Paragraph message = new Paragraph();
    private final WantedPanel wantedByGroup = new WantedPanel(READER_GROUP);
    private final ChartSection ratedByGroup = new ChartSection("needs-rated-readergroup");
    private final WantedPanel wantedByBranch = new WantedPanel(BRANCH);
    private final ChartSection ratedByBranch = new ChartSection("needs-rated-branch");
    private final ThemesPanel themes = new ThemesPanel();
    private @Nullable NeedsData data;
    private @Nullable String messageKey;

    NeedsView(NeedsReader reader) {
        this.reader = reader;
        addClassName("needs-page");
        message.addClassName("needs-message");
        message.getElement().setAttribute("role", "status");
        add(title, message, wantedByGroup, ratedByGroup, wantedByBranch, ratedByBranch, themes);
        showMessage(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("needs.pageTitle");
    }

    @Override
    public void show(ViewFilter filter) {
        data = null;
        if (!filter.hasSurvey()) {
            showMessage("filter.chooseSurvey");
            return;
        }
        UI ui = UI.getCurrent();
        try {
            data = reader.read(filter);
        }
        catch (ServiceException ex) {
            ErrorNotifications.show(ui, ex);
            showMessage("needs.unavailable");
            return;
        }
        data.problems().forEach(problem -> ErrorNotifications.show(ui, problem));
        render(data);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("needs.title"));
        if (data != null) {
            render(data);
        }
        else {
            showMessage(messageKey);
        }
    }

    private void render(NeedsData shown) {
        showMessage(null);
        var labels = new NeedsLabels(getLocale(), shown.texts());
        wantedByGroup.show(shown.byReaderGroup(), labels);
        wantedByBranch.show(shown.byBranch(), labels);
        showRated(ratedByGroup, shown.byReaderGroup(), READER_GROUP, labels);
        showRated(ratedByBranch, shown.byBranch(), BRANCH, labels);
        themes.show(shown.themes(), labels);
    }

    private static void showRated(ChartSection section, Needs needs, String by, NeedsLabels labels) {
        var table = RatedTable.of(needs, by, labels);
        section.show(labels.t("needs.rated.title." + by), table.rows().isEmpty() ? labels.t("needs.none")
                : labels.t("needs.rated.note"), table);
        section.noChart();
        section.setVisible(true);
    }

    /** Shows a message instead of the figures, or (with null) the figures without a message. */
    private void showMessage(@Nullable String key) {
        messageKey = key;
        message.setVisible(key != null);
        message.setText(key == null ? "" : getTranslation(key));
        boolean figures = key == null && data != null;
        for (var section : List.of(wantedByGroup, ratedByGroup, wantedByBranch, ratedByBranch)) {
            section.setVisible(figures);
        }
        themes.setVisible(figures && data.themes() != null);
    }
}
