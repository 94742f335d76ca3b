package uz.fikr.survey.form;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import uz.fikr.events.survey.Question;
import uz.fikr.survey.form.ReaderLanguage.LocalText;

/**
 * One question as the template draws it, with its texts in the page's language. Element ids follow the answer's
 * key: {@code q-<id>} the question, {@code f-<id>} its first control (what an error summary links to), {@code h-<id>}
 * how to answer, {@code c-<id>} when to answer, {@code e-<id>} the error.
 *
 * @param kind rating, nps, single, multiple, text, quality or matrix: the fragment that draws it
 * @param hint how to answer, for example which end of the scale is which
 * @param condition when to answer, for a question asked only after some answers (shown without JavaScript)
 * @param showIf the same condition, for {@code form.js}
 * @param other the "other" text box of a choice
 * @param rows the items of a matrix
 * @param qualityIntro the first three-column item: the explanation of the three columns comes before it
 */
record QuestionView(
        String id,
        String kind,
        LocalText text,
        boolean required,
        @Nullable String hint,
        @Nullable String condition,
        Question.@Nullable ShowIf showIf,
        @Nullable String error,
        List<Point> points,
        List<Option> options,
        @Nullable Other other,
        List<Row> rows,
        int textLimit,
        boolean qualityIntro) {

    /** The ids that describe the question's controls, for {@code aria-describedby}. */
    public @Nullable String describedBy() {
        return ids(condition == null ? null : "c-" + id, hint == null ? null : "h-" + id,
                error == null ? null : "e-" + id);
    }

    /** Whether the author named any point of the scale. */
    public boolean hasLabels() {
        return points.stream().anyMatch(point -> point.label() != null);
    }

    /** {@code form.js} reads skip logic from these: the earlier question and the answers that show this one. */
    public @Nullable String showIfAnyOf() {
        return showIf == null || showIf.anyOf().isEmpty() ? null : String.join(" ", showIf.anyOf());
    }

    static @Nullable String ids(@Nullable String... ids) {
        String joined = Stream.of(ids).filter(id -> id != null).collect(Collectors.joining(" "));
        return joined.isEmpty() ? null : joined;
    }

    /** One point of a scale; {@code label} names it when the author did. */
    record Point(int value, @Nullable LocalText label) {}

    record Option(String id, LocalText text) {}

    /** The text box for an "other" choice, answered under {@code id} ({@code <question>.other}). */
    record Other(String id, int limit, @Nullable String error) {}

    /** One item of a matrix, answered as a rating of its own. */
    record Row(String id, LocalText text, @Nullable String error) {

        public @Nullable String describedBy(String questionId) {
            return ids("h-" + questionId, error == null ? null : "e-" + id);
        }
    }
}
