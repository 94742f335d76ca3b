package uz.fikr.analytics.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.fikr.analytics.report.ReportLanguage;
import uz.fikr.analytics.report.content.Chart;
import uz.fikr.analytics.report.content.ChartKind;
import uz.fikr.analytics.report.content.Section;

class ReportChartsTests {

    private static ChartStyle style;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
        style = new ChartStyle(new ReportFonts(), ReportLanguage.RU.locale());
    }

    @Test
    void aFlaggedPointHasItsOwnShapeAndIsNamedInTheLegend() {
        Chart zone = chart(ChartKind.ZONE);
        List<LegendItem> items = legend(new CategoryCharts(style).draw(zone));

        assertThat(items).extracting(LegendItem::getLabel)
                .containsExactly(zone.legend().value(), zone.legend().range(), zone.legend().flagged());
        assertThat(items.get(2).getShape()).isNotEqualTo(items.get(0).getShape());
    }

    @Test
    void aChartWithoutFlagsNamesOnlyTheValueAndTheRange() {
        Chart intervals = chart(ChartKind.INTERVALS);

        assertThat(legend(new CategoryCharts(style).draw(intervals))).extracting(LegendItem::getLabel)
                .containsExactly(intervals.legend().value(), intervals.legend().range());
    }

    @Test
    void aMissingPeriodBreaksTheTrendLineInTwo() {
        Chart trend = chart(ChartKind.TREND);
        var plot = (XYPlot) new TrendCharts(style).draw(trend).getPlot();
        var runs = (YIntervalSeriesCollection) plot.getDataset(1);

        assertThat(runs.getSeriesCount()).isEqualTo(2);
        assertThat(runs.getItemCount(0) + runs.getItemCount(1))
                .isEqualTo(trend.points().stream().filter(point -> point.value() != null).count());
        assertThat(plot.getDataset(0).getItemCount(0))
                .isEqualTo(trend.points().stream().filter(Chart.Point::flagged).count());
    }

    @Test
    void theValueAxisIsCutIntoAtMostEightRoundSteps() {
        assertThat(ChartStyle.tickUnit(8)).isEqualTo(1);
        assertThat(ChartStyle.tickUnit(4)).isEqualTo(0.5);
        assertThat(ChartStyle.tickUnit(1.5)).isEqualTo(0.2);
        assertThat(ChartStyle.tickUnit(100)).isEqualTo(20);
        assertThat(ChartStyle.tickUnit(5000)).isEqualTo(1000);
    }

    private static List<LegendItem> legend(JFreeChart chart) {
        List<LegendItem> items = new ArrayList<>();
        var collection = chart.getPlot().getLegendItems();
        for (int i = 0; i < collection.getItemCount(); i++) {
            items.add(collection.get(i));
        }
        return items;
    }

    private static Chart chart(ChartKind kind) {
        return ReportFixtures.report(ReportLanguage.RU).sections().stream().map(Section::charts)
                .flatMap(List::stream).filter(chart -> chart.kind() == kind).findFirst().orElseThrow();
    }
}
