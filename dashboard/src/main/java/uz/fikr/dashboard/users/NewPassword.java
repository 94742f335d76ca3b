package uz.fikr.dashboard.users;

import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

import uz.fikr.dashboard.security.DashboardUsers;

/** A new password, typed twice so that a typing error does not lock a user out. */
class NewPassword extends Div implements LocaleChangeObserver {

    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    NewPassword() {
        addClassName("new-password");
        password.addClassName("password");
        repeat.addClassName("password-repeat");
        password.setRequired(true);
        repeat.setRequired(true);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        add(password, repeat);
    }

    /** The password, or empty (with the reason beside the second field) when the two differ. */
    Optional<String> value() {
        repeat.setInvalid(false);
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("users.error.passwordMismatch"));
            repeat.setInvalid(true);
            return Optional.empty();
        }
        return Optional.of(password.getValue());
    }

    /** The field a refused password is explained beside. */
    PasswordField field() {
        return password;
    }

    void clear() {
        password.clear();
        repeat.clear();
        password.setInvalid(false);
        repeat.setInvalid(false);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        password.setLabel(getTranslation("users.password"));
        password.setHelperText(getTranslation("users.password.hint", DashboardUsers.MIN_PASSWORD_LENGTH));
        repeat.setLabel(getTranslation("users.password.repeat"));
    }
}
