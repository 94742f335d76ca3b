package uz.fikr.analytics.report.content;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uz.fikr.analytics.insights.StatsService;
import uz.fikr.analytics.insights.SurveyStats;
import uz.fikr.analytics.query.QueryProperties;
import uz.fikr.analytics.report.ReportProgress;
import uz.fikr.analytics.report.ReportRequest;
import uz.fikr.analytics.survey.SurveyCatalog;
import uz.fikr.events.survey.SurveyDefinition;

/**
 * Writes what a report says ({@link ReportContent}) from the same services the analytics API answers with, under
 * the API's filter for the report's period and branch, so every number in a report is the number the API gives.
 * A report of several surveys has one set of sections per survey, each section kind together, titled by survey.
 */
@Component
public class ReportAssembler {

    private static final List<String> STEPS = List.of("stats", "kpis", "quality", "comparisons", "trends", "needs",
            "themes", "methodology");

    private final SurveyCatalog surveys;
    private final StatsService stats;
    private final Sections sections;
    private final String libraryName;
    private final ZoneId zone;

    ReportAssembler(SurveyCatalog surveys, StatsService stats, Sections sections, ReportProperties report,
            QueryProperties query) {
        this.surveys = surveys;
        this.stats = stats;
        this.sections = sections;
        this.libraryName = report.libraryName();
        this.zone = query.timeZone();
    }

    /**
     * @param generatedAt the moment the cover names, in the library's time zone
     * @param progress told before each step: {@code stats}, {@code kpis}, {@code quality}, {@code comparisons},
     *     {@code trends}, {@code needs}, {@code themes}, {@code methodology}, once per survey
     * @throws uz.fikr.analytics.survey.UnknownSurveyException when a survey is not known
     */
    public ReportContent assemble(ReportRequest request, Instant generatedAt, ReportProgress progress) {
        ReportText text = new ReportText(request.language());
        PeriodWords words = new PeriodWords(text);
        List<SurveyDefinition> definitions = request.surveyIds().stream().map(surveys::require).toList();
        boolean several = definitions.size() > 1;
        Progress steps = new Progress(progress, definitions.size() * STEPS.size());
        Map<SectionId, List<Section>> bySection = new EnumMap<>(SectionId.class);
        List<Findings> findingsPerSurvey = new ArrayList<>();
        List<String> surveyTitles = new ArrayList<>();
        Set<String> prefixes = new HashSet<>();
        for (int i = 0; i < definitions.size(); i++) {
            SurveyDefinition survey = definitions.get(i);
            steps.next(STEPS.get(0));
            SurveyStats periodStats = stats.stats(survey, SurveyScope.filter(request, request.period()));
            SurveyScope scope = new SurveyScope(survey, request, text, words, several ? prefix(survey, prefixes) : "",
                    several, periodStats);
            Findings findings = new Findings();
            tooFew(scope, findings);
            List<Section> written = sections.write(scope, findings, i == 0, steps);
            written.forEach(section -> bySection.computeIfAbsent(section.id(), id -> new ArrayList<>()).add(section));
            findingsPerSurvey.add(findings);
            surveyTitles.add(scope.title());
        }
        List<String> summary = Findings.sentences(findingsPerSurvey, (survey, sentence) -> several
                ? text.get("summary.ofSurvey", surveyTitles.get(survey), sentence) : sentence);
        List<Section> ordered = new ArrayList<>();
        bySection.values().forEach(ordered::addAll);
        ReportContent.Cover cover = new ReportContent.Cover(text.get("cover.title." + request.period().kind()
                .parameter()), libraryName, words.period(request.period()), surveyTitles, text.get("language.name"),
                words.generated(generatedAt, zone));
        return new ReportContent(request.language(), cover, summary, ordered);
    }

    private static void tooFew(SurveyScope scope, Findings findings) {
        ReportText text = scope.text();
        String period = scope.words().period(scope.period());
        Long responses = scope.responses();
        if (responses == null) {
            findings.add(Findings.Rank.TOO_FEW, text.get("summary.tooFew", period,
                    text.count(scope.stats().minimumGroupSize())));
        } else if (responses == 0) {
            findings.add(Findings.Rank.TOO_FEW, text.get("summary.noResponses", period));
        }
    }

    /** An ASCII prefix for the ids of a survey's tables and charts, unique within the report. */
    private static String prefix(SurveyDefinition survey, Set<String> taken) {
        String base = survey.id().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        String prefix = base.isEmpty() ? "survey" : base;
        for (int n = 2; !taken.add(prefix); n++) {
            prefix = (base.isEmpty() ? "survey" : base) + "-" + n;
        }
        return prefix + "-";
    }

    /** Counts the steps as they start. */
    static final class Progress {
        private final ReportProgress progress;
        private final int total;
        private int done;

        Progress(ReportProgress progress, int total) {
            this.progress = progress;
            this.total = total;
        }

        void next(String step) {
            progress.step(done, total, step);
            done++;
        }
    }
}
