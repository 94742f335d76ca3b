package uz.fikr.analytics.report.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uz.fikr.analytics.insights.QuestionStats;
import uz.fikr.analytics.needs.Needs;
import uz.fikr.analytics.needs.NeedsService;
import uz.fikr.analytics.query.Grouping;
import uz.fikr.events.survey.Question;

/**
 * What readers ask for and what they rate lowest, per reader group, as {@code /needs} gives it; the services the
 * whole library's readers want most, from {@code /stats}. Suppressed groups are absent and counted in a note.
 */
@Component
class NeedsSection {

    private static final int TOP = 3;

    private final NeedsService needs;

    NeedsSection(NeedsService needs) {
        this.needs = needs;
    }

    Section write(SurveyScope scope, Findings findings) {
        ReportText text = scope.text();
        List<String> paragraphs = new ArrayList<>();
        List<String> wantedMost = wantedMost(scope);
        if (!wantedMost.isEmpty()) {
            String sentence = text.get("summary.needs", text.list(wantedMost));
            paragraphs.add(sentence);
            findings.add(Findings.Rank.NEEDS, sentence);
        }
        Needs byGroup = needs.needs(scope.survey(), Grouping.READER_GROUP, scope.filter());
        List<Needs.Group> shown = byGroup.groups().stream().filter(group -> !group.suppressed()).toList();
        long leftOut = byGroup.groups().size() - shown.size();
        String note = leftOut == 0 ? null
                : text.get("comparisons.leftOut", text.count(leftOut), text.count(byGroup.minimumGroupSize()));
        NeedsTables tables = new NeedsTables(scope, shown, note);
        List<Table> tableList = new ArrayList<>();
        tables.wanted().ifPresent(tableList::add);
        tables.gaps().ifPresent(tableList::add);
        tables.ratings().ifPresent(tableList::add);
        paragraphs.add(text.get(tableList.isEmpty() ? "needs.none" : "needs.intro", text.count(TOP)));
        return new Section(SectionId.NEEDS, scope.sectionTitle(SectionId.NEEDS), paragraphs, List.of(), tableList);
    }

    /** The options of the survey's "services you would like" questions chosen by the largest shares, top three. */
    private static List<String> wantedMost(SurveyScope scope) {
        record Option(String questionId, String option, double share) {}
        List<Option> options = new ArrayList<>();
        for (QuestionStats question : scope.stats().questions()) {
            boolean multiple = scope.survey().question(question.questionId()).map(Question::type)
                    .filter(type -> type == uz.fikr.events.survey.QuestionType.MULTIPLE_CHOICE).isPresent();
            if (multiple && !question.suppressed() && question.shares() != null && question.n() > 0) {
                for (Map.Entry<String, Double> share : question.shares().entrySet()) {
                    if (share.getValue() > 0) {
                        options.add(new Option(question.questionId(), share.getKey(), share.getValue()));
                    }
                }
            }
        }
        ReportText text = scope.text();
        return options.stream().sorted(Comparator.comparingDouble(Option::share).reversed()
                        .thenComparing(Option::option)).limit(TOP)
                .map(option -> text.get("summary.needItem", NeedsTables.option(scope, option.questionId(),
                        option.option()), text.number(option.share(), CellKind.PERCENT)))
                .toList();
    }
}
