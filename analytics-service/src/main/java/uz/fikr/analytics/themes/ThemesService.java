package uz.fikr.analytics.themes;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import uz.fikr.analytics.privacy.Suppression;
import uz.fikr.analytics.survey.SurveyCatalog;

/** Themes of comments: which free-text questions to read, the counts from ClickHouse, and small-group suppression. */
@Service
public class ThemesService {

    private final ThemesRepository repository;
    private final SurveyCatalog surveys;
    private final Suppression suppression;

    ThemesService(ThemesRepository repository, SurveyCatalog surveys, Suppression suppression) {
        this.repository = repository;
        this.surveys = surveys;
        this.suppression = suppression;
    }

    public Themes themes(ThemeQuery query) {
        List<TextQuestion> questions = query.readsAnswers() ? textQuestions(query) : List.of();
        List<Themes.Group> groups = query.readsFeedback() || !questions.isEmpty()
                ? repository.themes(query, questions).stream().map(this::group).toList()
                : List.of();
        return new Themes(suppression.minimumGroupSize(), groups);
    }

    /** The free-text questions of every survey version with text answers in the period (of one survey if asked). */
    private List<TextQuestion> textQuestions(ThemeQuery query) {
        return repository.surveysWithTextAnswers(query).stream()
                .map(version -> surveys.find(version.surveyId(), version.version()))
                .flatMap(Optional::stream)
                .flatMap(survey -> TextQuestion.of(survey).stream())
                .filter(query::wants)
                .toList();
    }

    private Themes.Group group(ThemeCounts counts) {
        String serviceArea = counts.serviceArea().isEmpty() ? null : counts.serviceArea();
        String category = counts.category().isEmpty() ? null : counts.category();
        if (suppression.tooSmall(counts.comments())) {
            return new Themes.Group(counts.source(), serviceArea, category, null, true, null, null, null);
        }
        return new Themes.Group(counts.source(), serviceArea, category, counts.comments(), false,
                counts.terms().stream().map(term -> new Themes.Term(term.item(), term.count())).toList(),
                counts.phrases().stream().map(phrase -> new Themes.Phrase(phrase.item(), phrase.count())).toList(),
                counts.examples());
    }
}
