package uz.fikr.dashboard.inbox;

import com.vaadin.flow.component.HasValidation;

/** Shows on a field what survey-service said is wrong with it, and takes it away again. */
final class FieldProblems {

    private FieldProblems() {
    }

    static void mark(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    static void clear(HasValidation... fields) {
        for (HasValidation field : fields) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }
}
