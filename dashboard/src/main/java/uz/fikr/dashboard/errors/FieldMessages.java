package uz.fikr.dashboard.errors;

import com.vaadin.flow.component.HasValidation;

/** Shows on a field what is wrong with it (a form's own check, or a service's refusal), and takes it away again. */
public final class FieldMessages {

    private FieldMessages() {
    }

    public static void mark(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    public static void clear(HasValidation... fields) {
        for (HasValidation field : fields) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }
}
