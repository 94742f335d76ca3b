package uz.fikr.analytics.report.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import uz.fikr.analytics.quality.GapFigures;
import uz.fikr.analytics.quality.GapService;
import uz.fikr.analytics.quality.Gaps;
import uz.fikr.analytics.quality.ReliabilityService;
import uz.fikr.events.survey.Question;

/**
 * Service-quality gaps per dimension and item as {@code /gaps} gives them, a zone-of-tolerance chart per dimension
 * with the items below the minimum flagged, and Cronbach's alpha per dimension from {@code /reliability}. Items with
 * too few answers are left out and counted.
 */
@Component
class QualitySection {

    private static final int LARGEST = 3;

    private final GapService gaps;
    private final ReliabilityService reliability;

    QualitySection(GapService gaps, ReliabilityService reliability) {
        this.gaps = gaps;
        this.reliability = reliability;
    }

    Section write(SurveyScope scope, Findings findings) {
        ReportText text = scope.text();
        String title = scope.sectionTitle(SectionId.QUALITY);
        Gaps figures = gaps.gaps(scope.survey(), scope.filter());
        if (figures.items().isEmpty()) {
            return Section.ofText(SectionId.QUALITY, title, List.of(text.get("quality.none")));
        }
        List<GapFigures> shown = figures.items().stream().filter(QualitySection::shown).toList();
        findings.excludedInconsistent(shown.stream().map(GapFigures::inconsistent).filter(Objects::nonNull)
                .mapToLong(Long::longValue).sum());
        List<String> paragraphs = new ArrayList<>(List.of(text.get("quality.intro")));
        if (shown.isEmpty()) {
            paragraphs.add(text.get("quality.tooFew", text.count(figures.minimumGroupSize())));
            return Section.ofText(SectionId.QUALITY, title, paragraphs);
        }
        long below = shown.stream().filter(item -> Boolean.TRUE.equals(item.belowMinimum())).count();
        paragraphs.add(text.get("quality.below", text.count(below), text.count(shown.size())));
        noteLargestGaps(scope, shown, below, findings);
        GapTables tables = new GapTables(scope);
        List<Table> tableList = new ArrayList<>();
        List<GapFigures> dimensions = figures.dimensions().stream().filter(QualitySection::shown).toList();
        if (!dimensions.isEmpty()) {
            tableList.add(tables.dimensions(dimensions));
        }
        int left = figures.items().size() - shown.size();
        tableList.add(tables.items(shown, left == 0 ? null
                : text.get("quality.itemsLeftOut", text.count(left), text.count(figures.minimumGroupSize()))));
        tableList.add(tables.reliability(reliability.reliability(scope.survey(), scope.filter())));
        List<Chart> charts = new ArrayList<>();
        byDimension(scope, shown).forEach((dimension, items) -> charts.add(tables.zone(dimension, items)));
        paragraphs.add(text.get("quality.howToRead"));
        return new Section(SectionId.QUALITY, title, paragraphs, charts, tableList);
    }

    /**
     * The three items with the most negative adequacy gap, named in the summary: those below the minimum, or when
     * none is, the three with the smallest margin above it.
     */
    private static void noteLargestGaps(SurveyScope scope, List<GapFigures> shown, long below, Findings findings) {
        ReportText text = scope.text();
        List<GapFigures> largest = shown.stream().filter(item -> item.adequacyGap() != null)
                .sorted(Comparator.comparingDouble((GapFigures item) -> item.adequacyGap().mean())
                        .thenComparing(GapFigures::id))
                .limit(LARGEST).toList();
        List<GapFigures> shortfalls = largest.stream().filter(item -> item.adequacyGap().mean() < 0).toList();
        List<String> named = (shortfalls.isEmpty() ? largest : shortfalls).stream()
                .map(item -> text.get("summary.gapItem", scope.question(item.id()),
                        text.number(item.adequacyGap().mean(), CellKind.SIGNED_DECIMAL)))
                .toList();
        if (named.isEmpty()) {
            return;
        }
        findings.add(Findings.Rank.GAPS, text.get(shortfalls.isEmpty() ? "summary.noShortfall" : "summary.gaps",
                text.list(named)) + " " + text.get("summary.below", text.count(below), text.count(shown.size())));
    }

    private static Map<String, List<GapFigures>> byDimension(SurveyScope scope, List<GapFigures> items) {
        Map<String, List<GapFigures>> byDimension = new LinkedHashMap<>();
        for (GapFigures item : items) {
            String dimension = scope.survey().question(item.id()).map(Question::dimension).orElse(null);
            byDimension.computeIfAbsent(dimension == null ? "" : dimension, d -> new ArrayList<>()).add(item);
        }
        return byDimension;
    }

    static boolean shown(GapFigures figures) {
        return !figures.suppressed() && figures.n() > 0 && figures.perceived() != null;
    }
}
