package uz.fikr.dashboard.reports;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.errors.ErrorNotifications;
import uz.fikr.dashboard.format.Formats;
import uz.fikr.dashboard.service.ServiceException;
import uz.fikr.dashboard.table.DataTable;
import uz.fikr.dashboard.table.TableData;

/** What a definition's schedule sent: for which period, when, to whom and whether it went out, as a table. */
class DeliveriesPanel extends Div {

    private final Schedules schedules;
    private final H3 heading = new H3();
    private final DataTable table = new DataTable();
    private @Nullable String shown;

    DeliveriesPanel(Schedules schedules) {
        this.schedules = schedules;
        addClassName("report-deliveries");
        add(heading, table);
        setVisible(false);
    }

    void show(ReportDefinition definition) {
        List<Delivery> deliveries;
        try {
            deliveries = schedules.deliveries(definition.id());
        }
        catch (ServiceException ex) {
            ErrorNotifications.show(UI.getCurrent(), ex);
            return;
        }
        shown = definition.id();
        String caption = getTranslation("reports.deliveries.caption", definition.name());
        heading.setText(caption);
        Formats formats = Formats.of(getLocale());
        var data = TableData.builder("report-deliveries", caption, getTranslation("reports.column.period"),
                getTranslation("reports.deliveries.sentAt"), getTranslation("reports.definition.recipients"),
                getTranslation("reports.deliveries.status"));
        for (Delivery delivery : deliveries) {
            data.row(delivery.period() == null ? "" : ReportTexts.period(this, delivery.period()),
                    delivery.sentAt() == null ? "" : formats.dateTime(delivery.sentAt()),
                    delivery.recipients() == null ? "" : String.join(", ", delivery.recipients()),
                    status(delivery.status()));
        }
        if (deliveries.isEmpty()) {
            data.row(getTranslation("reports.deliveries.none"), "", "", "");
        }
        table.show(data.build());
        setVisible(true);
    }

    void hideIf(ReportDefinition definition) {
        if (definition.id().equals(shown)) {
            shown = null;
            setVisible(false);
        }
    }

    private String status(@Nullable String status) {
        if (status == null) {
            return "";
        }
        return switch (status.toLowerCase(java.util.Locale.ROOT)) {
            case "sent", "failed", "pending", "sending" -> getTranslation("reports.deliveries.status."
                    + status.toLowerCase(java.util.Locale.ROOT));
            default -> status;
        };
    }
}
