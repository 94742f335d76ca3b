package uz.fikr.survey.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import uz.fikr.events.AnswerValue;
import uz.fikr.events.AnswerValues;
import uz.fikr.events.survey.ProfileField;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.SurveyDefinition;
import uz.fikr.survey.contact.ContactRequest;
import uz.fikr.survey.response.SubmitResponseRequest.Profile;

/**
 * Reads a posted form into the answers of the JSON API. Without JavaScript a reader sees every question, including
 * those asked only after some answers; their answers are dropped here when the earlier answer does not show them,
 * question by question in order, as the skip logic would have hidden them. What the reader wrote is otherwise passed
 * on as is, so the validator names every problem in the reader's language.
 */
final class FormAnswers {

    static final List<String> QUALITY_PARTS = List.of("minimum", "desired", "perceived");
    static final String NOT_APPLICABLE = "na";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FormAnswers() {}

    static Map<String, JsonNode> read(SurveyDefinition survey, FormValues form) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        Map<String, AnswerValue> shownSoFar = new LinkedHashMap<>();
        for (Question question : survey.answerable()) {
            Optional<JsonNode> answer = answer(question, form);
            if (answer.isEmpty() || !survey.shown(question, shownSoFar)) {
                continue;
            }
            answers.put(question.id(), answer.get());
            AnswerValues.fromJson(answer.get()).ifPresent(value -> shownSoFar.put(question.id(), value));
        }
        return answers;
    }

    static Profile profile(SurveyDefinition survey, FormValues form) {
        return new Profile(
                asked(survey, ProfileField.READER_GROUP, form.value(ProfileView.READER_GROUP)),
                asked(survey, ProfileField.AGE_BAND, form.value(ProfileView.AGE_BAND)),
                asked(survey, ProfileField.VISIT_FREQUENCY, form.value(ProfileView.VISIT_FREQUENCY)),
                survey.asks(ProfileField.ACCESSIBILITY_NEEDS) && !form.values(ProfileView.ACCESSIBILITY_NEEDS).isEmpty()
                        ? form.values(ProfileView.ACCESSIBILITY_NEEDS) : null);
    }

    /**
     * The contact block: none when the reader left it empty and did not tick the consent, so that a reader who never
     * opened it sends an anonymous response; otherwise all of it, for the validator to check.
     */
    static @Nullable ContactRequest contact(FormValues form) {
        boolean consent = form.has(FormValues.CONTACT_CONSENT);
        if (!consent && !form.has(FormValues.CONTACT_NAME) && !form.has(FormValues.CONTACT_EMAIL)
                && !form.has(FormValues.CONTACT_PHONE)) {
            return null;
        }
        return new ContactRequest(form.value(FormValues.CONTACT_NAME), form.value(FormValues.CONTACT_EMAIL),
                form.value(FormValues.CONTACT_PHONE), consent);
    }

    private static @Nullable String asked(SurveyDefinition survey, ProfileField field, String value) {
        return survey.asks(field) && !value.isBlank() ? value : null;
    }

    private static Optional<JsonNode> answer(Question question, FormValues form) {
        String name = FormValues.answer(question.id());
        return switch (question.type()) {
            case RATING, NPS, MATRIX -> number(form.value(name));
            case SINGLE_CHOICE -> single(question, form);
            case MULTIPLE_CHOICE -> multiple(question, form);
            case TEXT -> text(form.value(name));
            case QUALITY -> quality(question, form);
        };
    }

    private static Optional<JsonNode> number(String value) {
        if (value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(NODES.numberNode(Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            return Optional.of(NODES.stringNode(value));
        }
    }

    /** Writing an "other" answer chooses "other" when nothing else was chosen. */
    private static Optional<JsonNode> single(Question question, FormValues form) {
        String chosen = form.value(FormValues.answer(question.id()));
        if (chosen.isBlank() && wroteOther(question, form)) {
            chosen = Question.OTHER;
        }
        return chosen.isBlank() ? Optional.empty() : Optional.of(NODES.stringNode(chosen));
    }

    /** Writing an "other" answer chooses "other" too. */
    private static Optional<JsonNode> multiple(Question question, FormValues form) {
        List<String> chosen = new ArrayList<>(form.values(FormValues.answer(question.id())));
        if (!chosen.contains(Question.OTHER) && wroteOther(question, form)) {
            chosen.add(Question.OTHER);
        }
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        ArrayNode array = NODES.arrayNode();
        chosen.forEach(array::add);
        return Optional.of(array);
    }

    private static boolean wroteOther(Question question, FormValues form) {
        return question.allowOther() && form.has(FormValues.answer(question.otherTextId()));
    }

    /** Browsers send a new line as CR LF; the reader typed one character. */
    private static Optional<JsonNode> text(String value) {
        return value.isBlank() ? Optional.empty() : Optional.of(NODES.stringNode(value.replace("\r\n", "\n")));
    }

    private static Optional<JsonNode> quality(Question question, FormValues form) {
        if (form.has(FormValues.answer(question.id(), NOT_APPLICABLE))) {
            return Optional.of(NODES.stringNode(AnswerValue.NotApplicable.CODE));
        }
        ObjectNode columns = NODES.objectNode();
        for (String part : QUALITY_PARTS) {
            String value = form.value(FormValues.answer(question.id(), part)).strip();
            if (!value.isEmpty()) {
                try {
                    columns.put(part, Integer.parseInt(value));
                } catch (NumberFormatException e) {
                    columns.put(part, value);
                }
            }
        }
        return columns.isEmpty() ? Optional.empty() : Optional.of(columns);
    }
}
