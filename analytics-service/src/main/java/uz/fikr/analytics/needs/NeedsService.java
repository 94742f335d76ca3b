package uz.fikr.analytics.needs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import uz.fikr.analytics.privacy.Suppression;
import uz.fikr.analytics.quality.GapMoments;
import uz.fikr.analytics.quality.GapService;
import uz.fikr.analytics.query.AnswerCounts;
import uz.fikr.analytics.query.AnswerCounts.Count;
import uz.fikr.analytics.query.AnswerCounts.Scope;
import uz.fikr.analytics.query.AnswerFilter;
import uz.fikr.analytics.query.Grouping;
import uz.fikr.analytics.stats.Moments;
import uz.fikr.analytics.stats.Proportion;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.QuestionType;
import uz.fikr.events.survey.SurveyDefinition;

/** Ranks what each group wants and what it rates lowest; groups and items under k respondents are left out. */
@Service
public class NeedsService {

    private static final int LIMIT = 5;

    private final AnswerCounts answerCounts;
    private final GapService gaps;
    private final Suppression suppression;

    NeedsService(AnswerCounts answerCounts, GapService gaps, Suppression suppression) {
        this.answerCounts = answerCounts;
        this.gaps = gaps;
        this.suppression = suppression;
    }

    public Needs needs(SurveyDefinition survey, Grouping by, AnswerFilter filter) {
        List<String> wantedIds = ids(survey, QuestionType.MULTIPLE_CHOICE);
        List<String> ratingIds = ids(survey, QuestionType.RATING);
        Map<String, Map<String, Long>> respondents = perGroup(answerCounts.respondents(
                new Scope(survey.id(), filter, wantedIds, by)), Count::questionId);
        Map<String, Map<String, Long>> chosen = perGroup(answerCounts.options(
                new Scope(survey.id(), filter, wantedIds, by)), count -> count.questionId() + "\u0000" + count.value());
        Map<String, Map<String, Moments>> ratings = ratings(survey, ratingIds, by, filter);
        Map<String, Map<String, GapMoments>> itemGaps = gaps.itemGapsByGroup(survey, filter, by);
        Set<String> groups = new TreeSet<>(respondents.keySet());
        groups.addAll(ratings.keySet());
        itemGaps.values().forEach(perGroup -> groups.addAll(perGroup.keySet()));
        List<Needs.Group> result = new ArrayList<>();
        for (String group : groups) {
            long size = groupSize(group, respondents, ratings, itemGaps);
            if (suppression.tooSmall(size)) {
                result.add(new Needs.Group(group, true, null, null, null));
                continue;
            }
            result.add(new Needs.Group(group, false,
                    wanted(respondents.getOrDefault(group, Map.of()), chosen.getOrDefault(group, Map.of())),
                    largestGaps(survey, group, itemGaps), lowestRatings(survey, ratings.getOrDefault(group, Map.of()))));
        }
        return new Needs(survey.id(), by.parameter(), suppression.minimumGroupSize(), result);
    }

    private List<Needs.Wanted> wanted(Map<String, Long> respondents, Map<String, Long> chosen) {
        List<Needs.Wanted> wanted = new ArrayList<>();
        chosen.forEach((key, count) -> {
            String[] questionAndOption = key.split("\u0000", 2);
            long n = respondents.getOrDefault(questionAndOption[0], 0L);
            if (n > 0 && !suppression.tooSmall(n)) {
                Proportion share = new Proportion(Math.min(count, n), n);
                wanted.add(new Needs.Wanted(questionAndOption[0], questionAndOption[1], share.successes(), n,
                        share.share(), share.wilson(0.95).orElse(null)));
            }
        });
        wanted.sort(Comparator.comparingDouble(Needs.Wanted::share).reversed().thenComparing(Needs.Wanted::option));
        return wanted;
    }

    private List<Needs.Rated> largestGaps(SurveyDefinition survey, String group,
            Map<String, Map<String, GapMoments>> itemGaps) {
        List<Needs.Rated> rated = new ArrayList<>();
        itemGaps.forEach((questionId, perGroup) -> {
            GapMoments moments = perGroup.get(group);
            if (moments != null && !suppression.tooSmall(moments.n())) {
                rated.add(rated(survey, questionId, moments.adequacy()));
            }
        });
        return lowest(rated);
    }

    private List<Needs.Rated> lowestRatings(SurveyDefinition survey, Map<String, Moments> ratings) {
        List<Needs.Rated> rated = new ArrayList<>();
        ratings.forEach((questionId, moments) -> {
            if (!suppression.tooSmall(moments.n())) {
                rated.add(rated(survey, questionId, moments));
            }
        });
        return lowest(rated);
    }

    private static Needs.Rated rated(SurveyDefinition survey, String questionId, Moments moments) {
        return new Needs.Rated(questionId, survey.question(questionId).map(Question::serviceArea).orElse(null),
                moments.n(), moments.mean(), moments.meanInterval(0.95).orElse(null));
    }

    private static List<Needs.Rated> lowest(List<Needs.Rated> rated) {
        return rated.stream().sorted(Comparator.comparingDouble(Needs.Rated::mean).thenComparing(
                Needs.Rated::questionId)).limit(LIMIT).toList();
    }

    private Map<String, Map<String, Moments>> ratings(SurveyDefinition survey, List<String> ids, Grouping by,
            AnswerFilter filter) {
        Map<String, Map<String, Moments>> ratings = new TreeMap<>();
        for (Count count : answerCounts.numbers(new Scope(survey.id(), filter, ids, by))) {
            double value = Double.parseDouble(count.value());
            Moments one = new Moments(count.count(), value * count.count(), value * value * count.count());
            ratings.computeIfAbsent(count.group(), g -> new TreeMap<>()).merge(count.questionId(), one, Moments::plus);
        }
        return ratings;
    }

    /** The most respondents the group has on any one question: what its size can be judged by. */
    private static long groupSize(String group, Map<String, Map<String, Long>> respondents,
            Map<String, Map<String, Moments>> ratings, Map<String, Map<String, GapMoments>> itemGaps) {
        long size = respondents.getOrDefault(group, Map.of()).values().stream().mapToLong(Long::longValue).max()
                .orElse(0);
        size = Math.max(size, ratings.getOrDefault(group, Map.of()).values().stream().mapToLong(Moments::n).max()
                .orElse(0));
        for (Map<String, GapMoments> perGroup : itemGaps.values()) {
            GapMoments moments = perGroup.get(group);
            size = Math.max(size, moments == null ? 0 : moments.n());
        }
        return size;
    }

    private static Map<String, Map<String, Long>> perGroup(List<Count> counts,
            java.util.function.Function<Count, String> key) {
        Map<String, Map<String, Long>> perGroup = new TreeMap<>();
        counts.forEach(count -> perGroup.computeIfAbsent(count.group(), g -> new TreeMap<>())
                .merge(key.apply(count), count.count(), Long::sum));
        return perGroup;
    }

    private static List<String> ids(SurveyDefinition survey, QuestionType type) {
        return survey.answerable().stream().filter(q -> q.type() == type).map(Question::id).toList();
    }
}
