package uz.fikr.events.survey;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uz.fikr.events.AnswerValue;

/**
 * One version of a survey: what a reader is asked, and what answers are acceptable. Titles and texts are keyed by
 * language tag; uz-Latn is required, uz-Cyrl, ru and en are optional. {@code opensAt}/{@code closesAt} bound when
 * answers are taken; {@code profile} names the reader-profile questions asked; {@code invitationOnly} surveys take
 * answers only with an invitation token.
 */
public record SurveyDefinition(
        String id,
        int version,
        Map<String, String> title,
        Map<String, String> description,
        @Nullable Instant opensAt,
        @Nullable Instant closesAt,
        List<ProfileField> profile,
        Boolean invitationOnly,
        List<Question> questions) {

    public static final String DEFAULT_LANGUAGE = "uz-Latn";
    public static final List<String> LANGUAGES = List.of("uz-Latn", "uz-Cyrl", "ru", "en");

    public SurveyDefinition {
        invitationOnly = Boolean.TRUE.equals(invitationOnly);
        title = title == null ? Map.of() : Map.copyOf(title);
        description = description == null ? Map.of() : Map.copyOf(description);
        profile = profile == null ? List.of() : List.copyOf(profile);
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /** A survey of the older, shorter form: no description, dates, profile block or invitations. */
    public SurveyDefinition(String id, int version, Map<String, String> title, List<Question> questions) {
        this(id, version, title, Map.of(), null, null, List.of(), false, questions);
    }

    /** The same survey as another version number. */
    public SurveyDefinition withVersion(int newVersion) {
        return new SurveyDefinition(id, newVersion, title, description, opensAt, closesAt, profile, invitationOnly,
                questions);
    }

    /**
     * Every question an answer can be keyed by, in order: matrices are unfolded into their items and a multiple
     * choice with "other" is followed by the text of that choice. Analytics counts answers by these.
     */
    public List<Question> answerable() {
        return questions.stream().flatMap(question -> question.answerable().stream()).toList();
    }

    /** The answerable question with this id; stops at the question that holds it. */
    public Optional<Question> question(String questionId) {
        return questions.stream().flatMap(question -> question.answerable().stream())
                .filter(question -> questionId.equals(question.id())).findFirst();
    }

    /**
     * Whether a question is shown to a reader who gave these answers: always without skip logic, otherwise when the
     * answer to the earlier question matches and that question was itself shown.
     */
    public boolean shown(Question question, Map<String, AnswerValue> answers) {
        Question.ShowIf showIf = question.showIf();
        if (showIf == null) {
            return true;
        }
        Optional<Question> earlier = question(showIf.question());
        return earlier.isPresent() && !earlier.get().id().equals(question.id())
                && shown(earlier.get(), answers) && showIf.matches(answers.get(showIf.question()));
    }

    public boolean asks(ProfileField field) {
        return profile.contains(field);
    }

    /** The title in a language, falling back to Uzbek (Latin). */
    public String title(String language) {
        return title.getOrDefault(language, title.getOrDefault(DEFAULT_LANGUAGE, id));
    }
}
