package uz.fikr.dashboard.users;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import uz.fikr.dashboard.security.UserChangeRefused;
import uz.fikr.dashboard.security.UserChangeRefused.Field;

/** Says why a change was refused, in the user's language: next to the field at fault, or else in a notification. */
final class Refusals {

    private Refusals() {
    }

    static void show(UserChangeRefused refused, Map<Field, HasValidation> fields, Component context) {
        String text = context.getTranslation(refused.messageKey(), refused.arguments());
        HasValidation field = fields.get(refused.field());
        if (field != null) {
            field.setErrorMessage(text);
            field.setInvalid(true);
        }
        else {
            error(text);
        }
    }

    /** Clears the messages of an earlier refusal. */
    static void clear(Map<Field, HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    static void error(String text) {
        var notification = new Notification(text, 8000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setAssertive(true);
        notification.open();
    }

    static void done(String text) {
        var notification = new Notification(text, 5000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notification.open();
    }
}
