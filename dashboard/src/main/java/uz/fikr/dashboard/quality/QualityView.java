package uz.fikr.dashboard.quality;

import java.util.regex.Pattern;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.errors.ErrorNotifications;
import uz.fikr.dashboard.filter.FilteredView;
import uz.fikr.dashboard.filter.ViewFilter;
import uz.fikr.dashboard.layout.MainLayout;
import uz.fikr.dashboard.security.Role;
import uz.fikr.dashboard.service.ServiceException;

/**
 * The service-quality page for surveys with three-column items: per item the zone of tolerance and the gaps with
 * their intervals, per dimension and per service area the gaps, and the dimensions' reliability and key drivers.
 * {@code ?item=<questionId>} selects one item's row, so other pages can link to it.
 */
@Route(value = "quality", layout = MainLayout.class)
@RolesAllowed(Role.MANAGER_NAME)
@StyleSheet("styles/quality.css")
public class QualityView extends Main implements FilteredView, HasDynamicTitle, LocaleChangeObserver,
        BeforeEnterObserver {

    /** The query parameter that selects an item. */
    public static final String ITEM_PARAMETER = "item";

    private static final Pattern QUESTION_ID = Pattern.compile("[A-Za-z0-9_.-]{1,100}");

    private final QualityReader reader;
    private final H1 title = new H1();
    private final Paragraph message = new Paragraph();
    private final Paragraph intro = new Paragraph();
    private final ZonePanel zone = new ZonePanel();
    private final DimensionPanel dimensions = new DimensionPanel();
    private final AreaPanel areas = new AreaPanel();
    private final ReliabilityPanel reliability = new ReliabilityPanel();
    private @Nullable QualityData data;
    private @Nullable String messageKey;
    private @Nullable String selectedItem;

    QualityView(QualityReader reader) {
        this.reader = reader;
        addClassName("quality-page");
        message.addClassName("quality-message");
        message.getElement().setAttribute("role", "status");
        intro.addClassName("quality-intro");
        add(title, message, intro, zone, dimensions, areas, reliability);
        message.setVisible(false);
        hideFigures();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quality.pageTitle");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        selectedItem = event.getLocation().getQueryParameters().getSingleParameter(ITEM_PARAMETER)
                .filter(id -> QUESTION_ID.matcher(id).matches()).orElse(null);
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
            showMessage("quality.unavailable");
            return;
        }
        if (data.textsProblem() != null) {
            ErrorNotifications.show(ui, data.textsProblem());
        }
        render(data);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("quality.title"));
        if (data != null) {
            render(data);
        }
        else {
            showMessage(messageKey);
        }
    }

    private void render(QualityData shown) {
        if (!shown.hasQualityItems()) {
            showMessage("quality.notQuality");
            return;
        }
        showMessage(null);
        var labels = new Labels(getLocale(), shown.texts());
        intro.setText(labels.t("quality.intro"));
        intro.setVisible(true);
        zone.show(shown.gaps(), labels);
        dimensions.show(shown.gaps(), labels);
        areas.show(shown.gaps(), labels);
        reliability.show(shown.reliability(), shown.drivers(), labels);
        zone.setVisible(true);
        areas.setVisible(true);
        if (selectedItem != null) {
            zone.select(selectedItem, labels);
        }
    }

    /** Shows a message instead of the figures, or (with null) the figures without a message. */
    private void showMessage(@Nullable String key) {
        messageKey = key;
        boolean figures = key == null;
        message.setVisible(!figures);
        message.setText(figures ? "" : getTranslation(key));
        if (!figures) {
            hideFigures();
        }
    }

    private void hideFigures() {
        intro.setVisible(false);
        zone.setVisible(false);
        dimensions.setVisible(false);
        areas.setVisible(false);
        reliability.setVisible(false);
    }
}
