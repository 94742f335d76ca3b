package uz.fikr.dashboard.users;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

import uz.fikr.dashboard.security.DashboardUser;
import uz.fikr.dashboard.security.DashboardUsers;
import uz.fikr.dashboard.security.UserChangeRefused;
import uz.fikr.dashboard.security.UserChangeRefused.Field;

/** Gives a user a new password, typed twice. */
class PasswordDialog extends Dialog {

    private final NewPassword password = new NewPassword();

    PasswordDialog(DashboardUsers users, DashboardUser user) {
        addClassName("password-dialog");
        setHeaderTitle(getTranslation("users.changePassword.title", user.name()));
        add(password);
        var save = new Button(getTranslation("users.save"), click -> password.value().ifPresent(newPassword -> {
            try {
                users.changePassword(user.name(), newPassword);
            }
            catch (UserChangeRefused refused) {
                Refusals.show(refused, Map.of(Field.PASSWORD, password.field()), this);
                return;
            }
            Refusals.done(getTranslation("users.passwordChanged", user.name()));
            close();
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save");
        getFooter().add(new Button(getTranslation("users.cancel"), click -> close()), save);
    }
}
