package uz.fikr.dashboard.needs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uz.fikr.dashboard.chart.ChartSection;
import uz.fikr.dashboard.chart.GroupedBarsOption;
import uz.fikr.dashboard.table.TableData;
import uz.fikr.dashboard.table.TableData.Cell;

/**
 * The services readers want, per reader group or per branch: a bar chart of the share of each group that wants each
 * service and a table with the intervals. Suppressed groups are named as suppressed and have no bars.
 */
class WantedPanel extends ChartSection {

    /** One colour per group, distinct and dark enough against white (3:1 for graphics). */
    static final List<String> COLORS = List.of("#2f6fb3", "#8c5a00", "#2e7d32", "#8e24aa", "#c62828", "#00838f",
            "#5d4037", "#455a64");

    private final String by;

    /** @param by {@code readerGroup} or {@code branch} */
    WantedPanel(String by) {
        super("needs-wanted-" + by.toLowerCase(java.util.Locale.ROOT));
        this.by = by;
    }

    void show(Needs needs, NeedsLabels labels) {
        var table = TableData.builder("wanted-by-" + by, labels.t("needs.wanted.caption." + by),
                labels.t("needs.column.group." + by), labels.t("needs.wanted.column.service"),
                labels.t("needs.wanted.column.share"), labels.t("needs.wanted.column.count"),
                labels.t("needs.column.n"));
        var formats = labels.formats();
        for (Needs.Group group : needs.groups()) {
            String name = labels.group(by, group.group());
            if (group.suppressed()) {
                table.row(name, labels.suppressed(needs.minimumGroupSize()), "–", "–", "–");
                continue;
            }
            for (Needs.Wanted wanted : group.wanted()) {
                table.row(name, labels.option(wanted.questionId(), wanted.option()),
                        new Cell(labels.share(wanted.share(), wanted.interval()), wanted.share()),
                        new Cell(formats.integer(wanted.count()), wanted.count()),
                        new Cell(formats.integer(wanted.n()), wanted.n()));
            }
        }
        TableData data = table.build();
        show(labels.t("needs.wanted.title." + by), data.rows().isEmpty() ? labels.t("needs.none")
                : labels.t("needs.wanted.note"), data);
        chart(needs, labels);
    }

    /** Services as rows, one bar per shown group (at most as many as there are colours). */
    private void chart(Needs needs, NeedsLabels labels) {
        List<Needs.Group> shown = needs.groups().stream().filter(g -> !g.suppressed() && !g.wanted().isEmpty())
                .limit(COLORS.size()).toList();
        Map<String, String> services = new LinkedHashMap<>();
        shown.forEach(group -> group.wanted().forEach(wanted -> services.putIfAbsent(key(wanted),
                labels.option(wanted.questionId(), wanted.option()))));
        if (services.isEmpty()) {
            noChart();
            return;
        }
        List<GroupedBarsOption.Series> series = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Map<String, Needs.Wanted> byService = new LinkedHashMap<>();
            shown.get(i).wanted().forEach(wanted -> byService.put(key(wanted), wanted));
            List<Double> values = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (String service : services.keySet()) {
                Needs.Wanted wanted = byService.get(service);
                values.add(wanted == null ? Double.NaN : wanted.share() * 100);
                texts.add(wanted == null ? "" : labels.formats().percent(wanted.share(), 0));
            }
            series.add(new GroupedBarsOption.Series(labels.group(by, shown.get(i).group()), COLORS.get(i), values,
                    texts));
        }
        chart(GroupedBarsOption.of(List.copyOf(services.values()), series, labels.t("needs.wanted.axis"), 0.0, 100.0),
                labels.t("needs.wanted.chart.label." + by),
                (80 + services.size() * (16 + 14 * shown.size())) + "px");
    }

    private static String key(Needs.Wanted wanted) {
        return wanted.questionId() + "\u0000" + wanted.option();
    }
}
