package uz.fikr.survey.form;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import uz.fikr.events.survey.QuestionType;
import uz.fikr.events.survey.SurveyDefinition;
import uz.fikr.survey.web.FieldError;

/**
 * The refusals of a submission in the reader's language, keyed the way the form names its fields: an answer by its
 * question id ({@code answers.comment} is {@code comment}), a profile answer by its field ({@code readerGroup}), a
 * contact field with a dash ({@code contact.email} is {@code contact-email}, an id a script can look up), anything
 * else by its name ({@code branch}). A code without a translation falls back to its English text.
 */
final class FormErrors {

    static final String CONTACT = "contact.";

    private final Map<String, String> byKey = new LinkedHashMap<>();

    FormErrors(List<FieldError> errors, SurveyDefinition survey, MessageSource messages, Locale locale) {
        for (FieldError error : errors) {
            String key = key(error.field());
            byKey.putIfAbsent(key, messages.getMessage(code(error, key, survey), error.arguments().toArray(),
                    error.message(), locale));
        }
    }

    static String key(String field) {
        if (field.startsWith(CONTACT)) {
            return field.replace('.', '-');
        }
        for (String prefix : List.of("answers.", "respondent.")) {
            if (field.startsWith(prefix)) {
                return field.substring(prefix.length());
            }
        }
        return field;
    }

    /** A three-column item with a column missing is not "the wrong type" to a reader: it is incomplete. */
    private static String code(FieldError error, String key, SurveyDefinition survey) {
        boolean quality = survey.question(key).filter(q -> q.type() == QuestionType.QUALITY).isPresent();
        return quality && "answer.type".equals(error.code()) ? "answer.quality" : error.code();
    }

    /** What is wrong with a field, as a sentence to show beside it. */
    Map<String, String> inline(Locale locale) {
        Map<String, String> sentences = new LinkedHashMap<>();
        byKey.forEach((key, message) -> sentences.put(key, sentence(message, locale)));
        return sentences;
    }

    /**
     * The error summary, in the order the fields appear on the page.
     *
     * @param labels the label of every field the page shows, in page order; others are listed last, without a link
     * @param otherLabel names a field the page does not show
     */
    List<ErrorView> summary(Map<String, String> labels, Function<String, String> otherLabel) {
        List<String> order = List.copyOf(labels.keySet());
        return byKey.entrySet().stream()
                .sorted(Comparator.comparingInt(entry -> {
                    int index = order.indexOf(entry.getKey());
                    return index < 0 ? Integer.MAX_VALUE : index;
                }))
                .map(entry -> labels.containsKey(entry.getKey())
                        ? new ErrorView("f-" + entry.getKey(), labels.get(entry.getKey()), entry.getValue())
                        : new ErrorView(null, otherLabel.apply(entry.getKey()), entry.getValue()))
                .toList();
    }

    boolean any() {
        return !byKey.isEmpty();
    }

    private static String sentence(String message, Locale locale) {
        return message.isEmpty() ? message : message.substring(0, 1).toUpperCase(locale) + message.substring(1);
    }

    /** One line of the error summary: a link to the field ({@code target} is its id), or plain text. */
    record ErrorView(@Nullable String target, String label, String message) {}
}
