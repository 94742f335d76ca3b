package uz.fikr.dashboard.quality;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.table.DataTable;
import uz.fikr.dashboard.table.TableData;
import uz.fikr.dashboard.table.TableData.Cell;

/**
 * Whether each dimension's items measure one thing (Cronbach's alpha) and which dimensions go most with overall
 * satisfaction (key drivers), as two small tables, each with a note in plain words.
 */
class ReliabilityPanel extends Section {

    /** The alpha from which a scale is commonly taken as consistent. */
    static final double ACCEPTABLE_ALPHA = 0.7;

    private final H2 heading = new H2();
    private final Paragraph alphaNote = new Paragraph();
    private final DataTable reliability = new DataTable();
    private final H3 driversHeading = new H3();
    private final Paragraph driversNote = new Paragraph();
    private final DataTable drivers = new DataTable();

    ReliabilityPanel() {
        setId("quality-reliability");
        heading.setId("quality-reliability-heading");
        getElement().setAttribute("aria-labelledby", "quality-reliability-heading");
        add(heading, alphaNote, reliability, driversHeading, driversNote, drivers);
    }

    void show(@Nullable Reliability alpha, @Nullable Drivers keyDrivers, Labels labels) {
        boolean hasAlpha = alpha != null && !alpha.dimensions().isEmpty();
        boolean hasDrivers = keyDrivers != null && !keyDrivers.drivers().isEmpty();
        setVisible(hasAlpha || hasDrivers);
        heading.setText(labels.t("quality.reliability.title"));
        alphaNote.setText(labels.t("quality.reliability.note", labels.formats().number(ACCEPTABLE_ALPHA, 1)));
        alphaNote.setVisible(hasAlpha);
        reliability.setVisible(hasAlpha);
        if (hasAlpha) {
            reliability.show(reliabilityTable(alpha, labels));
        }
        driversHeading.setText(labels.t("quality.drivers.title"));
        driversHeading.setVisible(hasDrivers);
        driversNote.setVisible(hasDrivers);
        drivers.setVisible(hasDrivers);
        if (hasDrivers) {
            String target = labels.item(keyDrivers.target());
            driversNote.setText(keyDrivers.rSquared() == null || keyDrivers.n() == null
                    ? labels.t("quality.drivers.noModel", target)
                    : labels.t("quality.drivers.note", target, labels.formats().percent(keyDrivers.rSquared(), 0),
                            labels.formats().integer(keyDrivers.n())));
            drivers.show(driversTable(keyDrivers, labels));
        }
    }

    private static TableData reliabilityTable(Reliability alpha, Labels labels) {
        var table = TableData.builder("reliability", labels.t("quality.reliability.caption"),
                labels.t("quality.gaps.column.dimension"), labels.t("quality.reliability.column.items"),
                labels.t("quality.reliability.column.cases"), labels.t("quality.reliability.column.alpha"),
                labels.t("quality.reliability.column.reading"));
        var formats = labels.formats();
        for (Reliability.Dimension dimension : alpha.dimensions()) {
            Cell items = new Cell(formats.integer(dimension.items()), dimension.items());
            if (dimension.suppressed()) {
                table.row(labels.dimension(dimension.dimension()), items, "–", "–",
                        labels.suppressed(alpha.minimumGroupSize()));
            }
            else if (dimension.alpha() == null) {
                table.row(labels.dimension(dimension.dimension()), items,
                        new Cell(formats.integer(dimension.completeCases()), dimension.completeCases()), "–",
                        labels.t("quality.reliability.tooFew"));
            }
            else {
                double value = dimension.alpha();
                table.row(labels.dimension(dimension.dimension()), items,
                        new Cell(formats.integer(dimension.completeCases()), dimension.completeCases()),
                        new Cell(formats.number(value, 2), value), labels.t(value >= ACCEPTABLE_ALPHA
                                ? "quality.reliability.consistent" : "quality.reliability.low"));
            }
        }
        return table.build();
    }

    private static TableData driversTable(Drivers keyDrivers, Labels labels) {
        var table = TableData.builder("key-drivers", labels.t("quality.drivers.caption"),
                labels.t("quality.drivers.column.driver"), labels.t("quality.drivers.column.correlation"),
                labels.t("quality.drivers.column.coefficient"), labels.t("quality.gaps.column.n"));
        var formats = labels.formats();
        for (Drivers.Driver driver : keyDrivers.drivers()) {
            Double beta = driver.standardisedCoefficient();
            table.row(driver.dimension() != null && driver.dimension().equals(driver.questionId())
                    ? labels.dimension(driver.dimension()) : labels.item(driver.questionId()),
                    new Cell(formats.number(driver.correlation(), 2), driver.correlation()),
                    beta == null ? "–" : new Cell(formats.number(beta, 2), beta),
                    new Cell(formats.integer(driver.n()), driver.n()));
        }
        return table.build();
    }
}
