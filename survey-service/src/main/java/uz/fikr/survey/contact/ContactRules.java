package uz.fikr.survey.contact;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uz.fikr.events.Contact;
import uz.fikr.survey.web.FieldError;
import uz.fikr.survey.web.SubmissionFields;

/**
 * Whether a contact may travel with a submission: given only with consent, with an e-mail address or a phone number
 * of a plausible shape, within length limits and without control characters. Refusals name the field
 * ({@code contact.email}, {@code contact.phone}, {@code contact.name}, {@code contact.consent}) and never repeat what
 * the reader wrote, so no refusal, log line or exception message carries the details.
 */
public final class ContactRules {

    public static final int MAX_NAME = 100;
    public static final int MAX_EMAIL = 254;
    public static final int MIN_PHONE_DIGITS = 7;
    public static final int MAX_PHONE_DIGITS = 15;
    /** One {@code @}, something before it (at most 64 characters), a domain with a dot, no spaces. */
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]{1,64}@[^\\s@.]+(\\.[^\\s@.]+)+");
    /** Digits, optionally a leading {@code +}; spaces, dashes and brackets as readers write them in between. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]+");
    private static final Pattern PHONE_DECORATION = Pattern.compile("[ ()\\-]");

    private ContactRules() {}

    /**
     * The contact to publish, or null when the submission carries none. Problems go into {@code errors}; the
     * returned contact is meaningful only when none were added.
     */
    public static @Nullable Contact check(@Nullable ContactRequest request, List<FieldError> errors) {
        if (request == null) {
            return null;
        }
        String name = blankToNull(request.name());
        String email = blankToNull(request.email());
        String phone = blankToNull(request.phone());
        if (name != null) {
            SubmissionFields.checkText("contact.name", name, MAX_NAME, false, errors);
        }
        if (email != null && !validEmail(email)) {
            errors.add(FieldError.of("contact.email", "contact.email.invalid"));
        }
        String digits = phone == null ? null : PHONE_DECORATION.matcher(phone).replaceAll("");
        if (phone != null && !validPhone(phone, digits)) {
            errors.add(FieldError.of("contact.phone", "contact.phone.invalid", MIN_PHONE_DIGITS, MAX_PHONE_DIGITS));
        }
        if (email == null && phone == null) {
            errors.add(FieldError.of("contact.email", "contact.reach.required"));
        }
        if (!Boolean.TRUE.equals(request.consent())) {
            errors.add(FieldError.of("contact.consent", "contact.consent.required"));
        }
        return new Contact(name, email, digits, true);
    }

    private static boolean validEmail(String email) {
        return email.length() <= MAX_EMAIL && !SubmissionFields.hasControlCharacters(email)
                && EMAIL.matcher(email).matches();
    }

    private static boolean validPhone(String phone, String digits) {
        int count = digits.startsWith("+") ? digits.length() - 1 : digits.length();
        return PHONE.matcher(phone).matches() && count >= MIN_PHONE_DIGITS && count <= MAX_PHONE_DIGITS;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
