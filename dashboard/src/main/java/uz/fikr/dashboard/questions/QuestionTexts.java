package uz.fikr.dashboard.questions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.SurveyDefinition;
import uz.fikr.events.survey.SurveyVersion;

/**
 * The answerable questions of a survey (matrix items unfolded), by id, with their texts in the user's language. A
 * question the survey does not hold is named by its id, so a figure is never left without a label.
 */
public final class QuestionTexts {

    /** No texts: every question is named by its id (e.g. while survey-service cannot be reached). */
    public static final QuestionTexts NONE = new QuestionTexts(Map.of());

    private final Map<String, Question> questions;

    private QuestionTexts(Map<String, Question> questions) {
        this.questions = questions;
    }

    /** The preferred version first, then released versions newest first, then drafts newest first. */
    static QuestionTexts of(List<SurveyVersion> versions, @Nullable Integer preferred) {
        List<SurveyVersion> ordered = new ArrayList<>(versions);
        ordered.sort(Comparator.comparing((SurveyVersion v) -> preferred == null
                || v.survey().version() != preferred)
                .thenComparing(v -> !v.isReleased())
                .thenComparing(v -> -v.survey().version()));
        var byId = new LinkedHashMap<String, Question>();
        ordered.forEach(version -> version.survey().answerable().forEach(q -> byId.putIfAbsent(q.id(), q)));
        return new QuestionTexts(Collections.unmodifiableMap(byId));
    }

    /** Every question, those of the preferred version first, in the order the survey asks them. */
    public List<Question> questions() {
        return List.copyOf(questions.values());
    }

    public Optional<Question> question(String questionId) {
        return Optional.ofNullable(questions.get(questionId));
    }

    /** The question's text in the user's language, or its id when the survey does not hold it. */
    public String text(String questionId, Locale locale) {
        return question(questionId).map(q -> pick(q.text(), locale)).filter(text -> !text.isBlank())
                .orElse(questionId);
    }

    /** An option's text in the user's language, when the question lists that option. */
    public Optional<String> option(String questionId, String optionId, Locale locale) {
        return question(questionId).flatMap(q -> q.options().stream().filter(o -> o.id().equals(optionId))
                .findFirst()).map(option -> pick(option.text(), locale)).filter(text -> !text.isBlank());
    }

    /**
     * A text of a survey in the user's language ({@link #language}), then English, then Uzbek (Latin), as survey
     * authors must give Uzbek; failing those, any text the survey has, else empty.
     */
    public static String pick(Map<String, String> texts, Locale locale) {
        return preferred(texts, language(locale))
                .orElseGet(() -> texts.values().stream().filter(text -> !text.isBlank()).findFirst().orElse(""));
    }

    /** The survey language of an interface language: Russian and English as such, Uzbek in Latin script. */
    public static String language(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ru" -> "ru";
            case "en" -> "en";
            default -> SurveyDefinition.DEFAULT_LANGUAGE;
        };
    }

    /** The text in {@code language}, else in English, else in Uzbek (Latin); none when all three are missing. */
    public static Optional<String> preferred(Map<String, String> texts, String language) {
        for (String candidate : new String[] {language, "en", SurveyDefinition.DEFAULT_LANGUAGE}) {
            String text = texts.get(candidate);
            if (text != null && !text.isBlank()) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }
}
