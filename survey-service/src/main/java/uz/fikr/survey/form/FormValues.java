package uz.fikr.survey.form;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The fields of a posted form, by name, as the template wrote them: {@code a.<questionId>} for an answer (several
 * values for a multiple choice), {@code a.<questionId>.minimum|desired|perceived|na} for a three-column item, the
 * profile's {@code readerGroup}, {@code ageBand}, {@code visitFrequency}, {@code accessibilityNeeds}, the optional
 * contact block's {@code contact.name}, {@code contact.email}, {@code contact.phone} and {@code contact.consent}, and
 * the hidden fields. A new form has none.
 */
final class FormValues {

    static final String RESPONSE_ID = "responseId";
    static final String STARTED = "started";
    static final String VERSION = "surveyVersion";
    static final String CHANNEL = "channel";
    /** The branch a librarian or reader chose in the form. */
    static final String BRANCH = "branch";
    /** The branch the link named, which the form does not ask again. */
    static final String LINK_BRANCH = "linkBranch";
    static final String INVITATION = "invitation";
    static final String HONEYPOT = "website";
    static final String CONTACT_NAME = "contact.name";
    static final String CONTACT_EMAIL = "contact.email";
    static final String CONTACT_PHONE = "contact.phone";
    static final String CONTACT_CONSENT = "contact.consent";

    private final MultiValueMap<String, String> fields;

    FormValues(MultiValueMap<String, String> fields) {
        this.fields = fields;
    }

    static FormValues empty() {
        return new FormValues(new LinkedMultiValueMap<>());
    }

    /** The field name of the answer to a question. */
    static String answer(String questionId) {
        return "a." + questionId;
    }

    /** The field name of one column of a three-column item, or of its "cannot judge" box ({@code na}). */
    static String answer(String questionId, String part) {
        return "a." + questionId + "." + part;
    }

    /** The first value of a field, or "" when it was not sent. */
    public String value(String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() || values.getFirst() == null ? "" : values.getFirst();
    }

    /** The non-blank values of a field. */
    List<String> values(String name) {
        List<String> values = fields.get(name);
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    public boolean checked(String name, Object value) {
        return values(name).contains(String.valueOf(value));
    }

    boolean has(String name) {
        return !value(name).isBlank();
    }

    Optional<UUID> responseId() {
        try {
            return Optional.of(UUID.fromString(value(RESPONSE_ID)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Nullable Integer surveyVersion() {
        try {
            return Integer.valueOf(value(VERSION));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A copy with some fields set, for re-rendering a form with fresh hidden fields. */
    FormValues with(Map<String, String> replaced) {
        MultiValueMap<String, String> copy = new LinkedMultiValueMap<>(fields);
        replaced.forEach(copy::set);
        return new FormValues(copy);
    }
}
