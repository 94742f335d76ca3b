package uz.fikr.analytics.report.content;

import java.util.List;
import org.springframework.stereotype.Component;

/** Writes one survey's sections in {@link SectionId} order, telling the progress before each. */
@Component
class Sections {

    private final KpiSection kpis;
    private final QualitySection quality;
    private final ComparisonSection comparisons;
    private final TrendSection trends;
    private final NeedsSection needs;
    private final ThemeSection themes;
    private final MethodologySection methodology;

    Sections(KpiSection kpis, QualitySection quality, ComparisonSection comparisons, TrendSection trends,
            NeedsSection needs, ThemeSection themes, MethodologySection methodology) {
        this.kpis = kpis;
        this.quality = quality;
        this.comparisons = comparisons;
        this.trends = trends;
        this.needs = needs;
        this.themes = themes;
        this.methodology = methodology;
    }

    /** @param withFeedback whether the themes read online feedback too (for the report's first survey only) */
    List<Section> write(SurveyScope scope, Findings findings, boolean withFeedback, ReportAssembler.Progress steps) {
        steps.next("kpis");
        Section kpiSection = kpis.write(scope, findings);
        steps.next("quality");
        Section qualitySection = quality.write(scope, findings);
        steps.next("comparisons");
        Section comparisonSection = comparisons.write(scope);
        steps.next("trends");
        Section trendSection = trends.write(scope);
        steps.next("needs");
        Section needsSection = needs.write(scope, findings);
        steps.next("themes");
        Section themeSection = themes.write(scope, withFeedback);
        steps.next("methodology");
        Section methodologySection = methodology.write(scope, findings);
        return List.of(kpiSection, qualitySection, comparisonSection, trendSection, needsSection, themeSection,
                methodologySection);
    }
}
