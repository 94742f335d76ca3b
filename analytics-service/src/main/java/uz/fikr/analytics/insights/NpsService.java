package uz.fikr.analytics.insights;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import uz.fikr.analytics.privacy.Suppression;
import uz.fikr.analytics.query.AnswerCounts;
import uz.fikr.analytics.query.AnswerFilter;
import uz.fikr.analytics.stats.NetPromoterScore;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.QuestionType;
import uz.fikr.events.survey.SurveyDefinition;

/** NPS per 0-10 question of a survey, from counts per score. */
@Service
public class NpsService {

    private final AnswerCounts answerCounts;
    private final Suppression suppression;

    NpsService(AnswerCounts answerCounts, Suppression suppression) {
        this.answerCounts = answerCounts;
        this.suppression = suppression;
    }

    public List<NpsFigures> nps(SurveyDefinition survey, AnswerFilter filter) {
        List<String> ids = survey.answerable().stream().filter(q -> q.type() == QuestionType.NPS)
                .map(Question::id).toList();
        Map<String, long[]> perScore = new HashMap<>();
        for (AnswerCounts.Count count : answerCounts.numbers(new AnswerCounts.Scope(survey.id(), filter, ids, null))) {
            int score = (int) Math.round(Double.parseDouble(count.value()));
            if (score >= 0 && score <= 10) {
                perScore.computeIfAbsent(count.questionId(), id -> new long[11])[score] += count.count();
            }
        }
        return ids.stream().map(id -> {
            NetPromoterScore nps = NetPromoterScore.fromCounts(perScore.getOrDefault(id, new long[11]));
            return NpsFigures.of(id, nps, nps.n() > 0 && suppression.tooSmall(nps.n()));
        }).toList();
    }
}
