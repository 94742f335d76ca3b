package uz.fikr.survey.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The English texts of validation codes, from {@code messages/validation.properties}. */
final class ValidationMessages {

    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("messages/validation", Locale.ROOT);

    private ValidationMessages() {}

    static String english(String code, Object... arguments) {
        try {
            return new MessageFormat(ENGLISH.getString(code), Locale.ENGLISH).format(arguments);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No validation message for " + code, e);
        }
    }
}
