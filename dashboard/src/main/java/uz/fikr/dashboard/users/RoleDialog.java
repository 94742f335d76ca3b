package uz.fikr.dashboard.users;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;

import uz.fikr.dashboard.security.DashboardUser;
import uz.fikr.dashboard.security.DashboardUsers;
import uz.fikr.dashboard.security.Role;
import uz.fikr.dashboard.security.UserChangeRefused;
import uz.fikr.dashboard.security.UserChangeRefused.Field;

/** Gives a user another role. */
class RoleDialog extends Dialog {

    private final Select<Role> role = new Select<>();

    RoleDialog(DashboardUsers users, DashboardUser user, Runnable changed) {
        addClassName("role-dialog");
        setHeaderTitle(getTranslation("users.changeRole.title", user.name()));
        role.addClassName("user-role");
        role.setLabel(getTranslation("users.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(item -> getTranslation("users.role." + item.name()));
        role.setValue(user.role());
        add(role);
        var save = new Button(getTranslation("users.save"), click -> {
            try {
                users.changeRole(user.name(), role.getValue() == null ? user.role() : role.getValue());
            }
            catch (UserChangeRefused refused) {
                Refusals.show(refused, Map.of(Field.ROLE, role), this);
                return;
            }
            Refusals.done(getTranslation("users.roleChanged", user.name()));
            close();
            changed.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save");
        getFooter().add(new Button(getTranslation("users.cancel"), click -> close()), save);
    }
}
