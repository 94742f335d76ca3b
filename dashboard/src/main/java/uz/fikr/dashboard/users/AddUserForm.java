package uz.fikr.dashboard.users;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

import uz.fikr.dashboard.security.DashboardUsers;
import uz.fikr.dashboard.security.Role;
import uz.fikr.dashboard.security.UserChangeRefused;
import uz.fikr.dashboard.security.UserChangeRefused.Field;

/** Adds a user: a name, a role and a password typed twice; a refusal is explained beside the field at fault. */
class AddUserForm extends Div implements LocaleChangeObserver {

    private final DashboardUsers users;
    private final Runnable added;
    private final TextField name = new TextField();
    private final Select<Role> role = new Select<>();
    private final NewPassword password = new NewPassword();
    private final Button add = new Button();

    AddUserForm(DashboardUsers users, Runnable added) {
        this.users = users;
        this.added = added;
        addClassName("add-user");
        name.addClassName("user-name");
        name.setRequired(true);
        name.setMaxLength(64);
        name.setAutocomplete(Autocomplete.OFF);
        role.addClassName("user-role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(item -> getTranslation("users.role." + item.name()));
        role.setValue(Role.MANAGER);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("add-user-button");
        add.addClickListener(click -> submit());
        add(name, role, password, add);
    }

    private void submit() {
        Map<Field, HasValidation> fields = Map.of(Field.NAME, name, Field.ROLE, role,
                Field.PASSWORD, password.field());
        Refusals.clear(fields);
        String chosen = name.getValue().trim();
        password.value().ifPresent(newPassword -> {
            try {
                users.add(chosen, role.getValue() == null ? Role.MANAGER : role.getValue(), newPassword);
            }
            catch (UserChangeRefused refused) {
                Refusals.show(refused, fields, this);
                return;
            }
            Refusals.done(getTranslation("users.added", chosen));
            name.clear();
            role.setValue(Role.MANAGER);
            password.clear();
            added.run();
        });
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        name.setLabel(getTranslation("users.name"));
        name.setHelperText(getTranslation("users.name.hint"));
        role.setLabel(getTranslation("users.role"));
        // new labels for the same roles; refreshing clears the choice, so it is put back
        Role chosen = role.getValue();
        role.getListDataView().refreshAll();
        role.setValue(chosen == null ? Role.MANAGER : chosen);
        add.setText(getTranslation("users.add"));
    }
}
