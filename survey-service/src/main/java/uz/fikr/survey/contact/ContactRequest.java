package uz.fikr.survey.contact;

import org.jspecify.annotations.Nullable;

/**
 * What a client sends as {@code contact}: a name (optional), an e-mail address or a phone number (at least one), and
 * the reader's consent ({@code true}) that the library keeps them to contact the reader. Checked by
 * {@link ContactRules}. {@link #toString()} withholds the details, so a request printed by accident leaks nothing.
 */
public record ContactRequest(@Nullable String name, @Nullable String email, @Nullable String phone,
        @Nullable Boolean consent) {

    @Override
    public String toString() {
        return "ContactRequest[details withheld, consent=" + consent + "]";
    }
}
