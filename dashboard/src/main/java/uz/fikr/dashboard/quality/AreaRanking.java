package uz.fikr.dashboard.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service area's adequacy gap: the mean of its items' adequacy gaps, each weighted by its number of answers.
 * Suppressed and unanswered items take no part.
 *
 * @param answers consistent answers over the area's items (a reader who rated two of its items counts twice)
 * @param lowestItem the area's item with the lowest adequacy gap
 */
record AreaRanking(String serviceArea, double adequacyGap, int items, long answers, String lowestItem,
        double lowestGap) {

    /** The areas of these items, the lowest adequacy gap (the worst) first. */
    static List<AreaRanking> of(List<Gaps.Figures> items) {
        Map<String, List<Gaps.Figures>> byArea = new LinkedHashMap<>();
        items.stream().filter(item -> item.hasFigures() && item.serviceArea() != null)
                .forEach(item -> byArea.computeIfAbsent(item.serviceArea(), area -> new ArrayList<>()).add(item));
        List<AreaRanking> ranking = new ArrayList<>();
        byArea.forEach((area, figures) -> {
            long answers = figures.stream().mapToLong(Gaps.Figures::n).sum();
            double weighted = figures.stream().mapToDouble(f -> f.n() * f.adequacyGap().mean()).sum() / answers;
            Gaps.Figures lowest = figures.stream()
                    .min(Comparator.comparingDouble((Gaps.Figures f) -> f.adequacyGap().mean())).orElseThrow();
            ranking.add(new AreaRanking(area, weighted, figures.size(), answers, lowest.id(),
                    lowest.adequacyGap().mean()));
        });
        ranking.sort(Comparator.comparingDouble(AreaRanking::adequacyGap).thenComparing(AreaRanking::serviceArea));
        return ranking;
    }
}
