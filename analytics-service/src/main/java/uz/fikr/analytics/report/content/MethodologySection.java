package uz.fikr.analytics.report.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uz.fikr.analytics.insights.QuestionStats;
import uz.fikr.analytics.privacy.Suppression;
import uz.fikr.analytics.query.Grouping;
import uz.fikr.events.survey.QuestionType;

/**
 * How the numbers were made: n, responses per channel, the margin of error of a share, the inconsistent answers left
 * out of the gaps, the suppression rule and the tests used, each named.
 */
@Component
class MethodologySection {

    /** 1.96 × √(0.5 × 0.5): the 95% margin of error of a share of n answers is at most this over √n. */
    static final double WORST_CASE = 0.98;

    private final ChannelResponses channels;
    private final Suppression suppression;

    MethodologySection(ChannelResponses channels, Suppression suppression) {
        this.channels = channels;
        this.suppression = suppression;
    }

    Section write(SurveyScope scope, Findings findings) {
        ReportText text = scope.text();
        List<String> paragraphs = new ArrayList<>();
        Long responses = scope.responses();
        String period = scope.words().period(scope.period());
        if (responses == null) {
            paragraphs.add(text.get("method.fewerThan", text.count(suppression.minimumGroupSize()), period));
        } else {
            paragraphs.add(text.get("method.n", text.count(responses), period, scope.title()));
        }
        if (scope.request().branch() != null) {
            paragraphs.add(text.get("method.branch", scope.request().branch()));
        }
        if (responses != null && responses > 0) {
            paragraphs.add(text.get("method.margin", text.count(responses),
                    text.number(WORST_CASE / Math.sqrt(responses), CellKind.PERCENT)));
            margin(scope).ifPresent(paragraphs::add);
        }
        if (scope.survey().answerable().stream().anyMatch(q -> q.type() == QuestionType.QUALITY)) {
            paragraphs.add(text.get("method.inconsistent", text.count(findings.excludedInconsistent())));
        }
        paragraphs.add(text.get("method.suppression", text.count(suppression.minimumGroupSize())));
        for (String key : List.of("method.intervals", "method.changes", "method.comparisons", "method.reliability",
                "method.comments")) {
            paragraphs.add(text.get(key));
        }
        return new Section(SectionId.METHODOLOGY, scope.sectionTitle(SectionId.METHODOLOGY), paragraphs, List.of(),
                List.of(channelTable(scope)));
    }

    /** The margin of error of the key rating's top-2-box share, from the share itself. */
    private static java.util.Optional<String> margin(SurveyScope scope) {
        return scope.keyRating().flatMap(rating -> scope.stats().questions().stream()
                        .filter(q -> q.questionId().equals(rating.id())).findFirst())
                .filter(q -> !q.suppressed() && q.topTwoBox() != null && q.topTwoBox().n() > 0)
                .map(QuestionStats::topTwoBox)
                .map(share -> scope.text().get("method.marginShare",
                        scope.text().number(share.share(), CellKind.PERCENT),
                        scope.text().number(1.96 * Math.sqrt(share.share() * (1 - share.share()) / share.n()),
                                CellKind.PERCENT)));
    }

    private Table channelTable(SurveyScope scope) {
        ReportText text = scope.text();
        Map<String, Long> counts = channels.count(scope.survey().id(), scope.filter());
        Set<String> suppressed = suppression.suppressed(counts);
        TableBuilder table = new TableBuilder(scope.id("method-channels"), text.get("method.channels.caption"))
                .column(text.get("column.channel"), CellKind.TEXT).column(text.get("column.responses"), CellKind.COUNT);
        counts.forEach((channel, n) -> {
            if (!suppressed.contains(channel)) {
                table.row(Cell.text(text.group(Grouping.CHANNEL, channel)), Cell.number(n));
            }
        });
        return table.note(suppressed.isEmpty() ? null : text.get("comparisons.leftOut",
                text.count(suppressed.size()), text.count(suppression.minimumGroupSize()))).build();
    }
}
