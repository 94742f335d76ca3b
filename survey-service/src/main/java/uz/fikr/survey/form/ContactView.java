package uz.fikr.survey.form;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The optional "may we contact you?" block of a reader's form: closed and empty unless the reader filled something
 * in or something in it was refused, and the refusal of each field. Field ids are {@code f-contact-<field>}, errors
 * {@code e-contact-<field>}, as {@link FormErrors} keys them.
 */
record ContactView(boolean open, @Nullable String nameError, @Nullable String emailError,
        @Nullable String phoneError, @Nullable String consentError) {

    static final String NAME = "contact-name";
    static final String EMAIL = "contact-email";
    static final String PHONE = "contact-phone";
    static final String CONSENT = "contact-consent";

    static ContactView of(FormValues values, Map<String, String> errors) {
        boolean given = values.has(FormValues.CONTACT_NAME) || values.has(FormValues.CONTACT_EMAIL)
                || values.has(FormValues.CONTACT_PHONE) || values.has(FormValues.CONTACT_CONSENT);
        boolean refused = errors.keySet().stream().anyMatch(key -> key.startsWith("contact-"));
        return new ContactView(given || refused, errors.get(NAME), errors.get(EMAIL), errors.get(PHONE),
                errors.get(CONSENT));
    }

    /** For {@code aria-describedby}: the field's error when it has one, else its hint when it has one. */
    public @Nullable String describedBy(@Nullable String error, String key, @Nullable String hint) {
        return error != null ? "e-" + key + (hint == null ? "" : " " + hint) : hint;
    }
}
