package uz.fikr.events.survey;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uz.fikr.events.AnswerValue;

/**
 * One question of a survey, as its author wrote it. Texts are keyed by language tag (uz-Latn, uz-Cyrl, ru, en).
 *
 * Flags left out of the JSON are false.
 *
 * <ul>
 *   <li>{@code min}/{@code max} bound a rating (1-5), a recommendation (0-10) or the scale of a matrix;
 *       {@code labels} name points of that scale by their number ("1", "5").</li>
 *   <li>{@code options} list the allowed choices; a multiple choice with {@code allowOther} also takes an "other"
 *       option whose text is answered under {@link #otherTextId()}.</li>
 *   <li>{@code maxLength} bounds free text.</li>
 *   <li>A three-column service-quality item ({@code quality}) is rated 1-9 three times and belongs to a
 *       {@code dimension}.</li>
 *   <li>A {@code matrix} groups its {@code items} on one scale; each item is answered under its own id.</li>
 *   <li>{@code showIf} shows the question only when an earlier answer matches; otherwise it must stay unanswered.</li>
 * </ul>
 */
public record Question(
        String id,
        QuestionType type,
        Boolean required,
        Map<String, String> text,
        @Nullable String serviceArea,
        @Nullable String dimension,
        @Nullable Integer min,
        @Nullable Integer max,
        List<Option> options,
        @Nullable Integer maxLength,
        Boolean allowOther,
        List<Item> items,
        @Nullable ShowIf showIf,
        Map<String, Map<String, String>> labels) {

    /** The option id a reader picks to write their own answer. */
    public static final String OTHER = "other";
    /** The smallest and largest point of a three-column service-quality scale. */
    public static final int QUALITY_MIN = 1;
    public static final int QUALITY_MAX = 9;
    /** Free text is limited to this many characters when the author sets no limit. */
    public static final int DEFAULT_TEXT_LIMIT = 2000;

    public Question {
        required = Boolean.TRUE.equals(required);
        allowOther = Boolean.TRUE.equals(allowOther);
        text = text == null ? Map.of() : Map.copyOf(text);
        options = options == null ? List.of() : List.copyOf(options);
        items = items == null ? List.of() : List.copyOf(items);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    /** A question of the older, shorter form: no "other", no matrix items, no skip logic, no labels. */
    public Question(String id, QuestionType type, boolean required, Map<String, String> text,
            @Nullable String serviceArea, @Nullable String dimension, @Nullable Integer min, @Nullable Integer max,
            List<Option> options, @Nullable Integer maxLength) {
        this(id, type, required, text, serviceArea, dimension, min, max, options, maxLength, false, List.of(), null,
                Map.of());
    }

    public boolean hasOption(String optionId) {
        return options.stream().anyMatch(option -> option.id().equals(optionId))
                || allowOther && OTHER.equals(optionId);
    }

    /** The answer id under which the text of an "other" choice is given: {@code <id>.other}. */
    public String otherTextId() {
        return id + "." + OTHER;
    }

    /** The smallest point of this question's scale, with the type's default. */
    public int scaleMin() {
        if (min != null) {
            return min;
        }
        return switch (type) {
            case NPS -> 0;
            case QUALITY -> QUALITY_MIN;
            default -> 1;
        };
    }

    /** The largest point of this question's scale, with the type's default. */
    public int scaleMax() {
        if (max != null) {
            return max;
        }
        return switch (type) {
            case NPS -> 10;
            case QUALITY -> QUALITY_MAX;
            default -> 5;
        };
    }

    public int textLimit() {
        return maxLength == null ? DEFAULT_TEXT_LIMIT : maxLength;
    }

    /** The label of one point of the scale in a language, when the author gave one. */
    public Optional<String> label(int point, String language) {
        return Optional.ofNullable(labels.get(Integer.toString(point))).map(texts -> texts.get(language));
    }

    /**
     * The questions a reader's answers are keyed by: this question itself, or for a matrix one rating per item
     * (with the matrix's scale, required-ness and skip logic, and the item's service area when it names one), and
     * for a multiple choice with "other" also the free text of that choice.
     */
    public List<Question> answerable() {
        if (type == QuestionType.MATRIX) {
            return items.stream().map(item -> new Question(item.id(), QuestionType.RATING, required, item.text(),
                    item.serviceArea() == null ? serviceArea : item.serviceArea(), dimension, scaleMin(), scaleMax(),
                    List.of(), null, false, List.of(), showIf, labels)).toList();
        }
        if (allowOther) {
            Question otherText = new Question(otherTextId(), QuestionType.TEXT, false, text, serviceArea, dimension,
                    null, null, List.of(), maxLength == null ? 200 : maxLength, false, List.of(),
                    new ShowIf(id, List.of(OTHER), null, null), Map.of());
            return List.of(this, otherText);
        }
        return List.of(this);
    }

    /** An answer option, identified by a stable id. */
    public record Option(String id, Map<String, String> text) {
        public Option {
            text = text == null ? Map.of() : Map.copyOf(text);
        }
    }

    /** One row of a matrix. */
    public record Item(String id, Map<String, String> text, @Nullable String serviceArea) {
        public Item {
            text = text == null ? Map.of() : Map.copyOf(text);
        }
    }

    /**
     * Skip logic: the question is shown only when the answer to the earlier {@code question} is one of
     * {@code anyOf} (for choices: any chosen option is), or a number from {@code atLeast} to {@code atMost}.
     */
    public record ShowIf(String question, List<String> anyOf, @Nullable Integer atLeast, @Nullable Integer atMost) {
        public ShowIf {
            anyOf = anyOf == null ? List.of() : List.copyOf(anyOf);
        }

        /** Whether the earlier answer (absent when the reader left it out) shows the question. */
        public boolean matches(@Nullable AnswerValue earlier) {
            return switch (earlier) {
                case null -> false;
                case AnswerValue.Text(String option) -> anyOf.contains(option);
                case AnswerValue.Choices(List<String> chosen) -> chosen.stream().anyMatch(anyOf::contains);
                case AnswerValue.Number(double value) ->
                    (atLeast != null || atMost != null)
                            && (atLeast == null || value >= atLeast) && (atMost == null || value <= atMost);
                default -> false;
            };
        }
    }
}
