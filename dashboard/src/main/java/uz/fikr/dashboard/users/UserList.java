package uz.fikr.dashboard.users;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;

import uz.fikr.dashboard.security.DashboardUser;
import uz.fikr.dashboard.security.DashboardUsers;
import uz.fikr.dashboard.security.UserChangeRefused;
import uz.fikr.dashboard.table.ExportLinks;
import uz.fikr.dashboard.table.TableData;

/**
 * The users, with buttons to change a role or password and to remove a user (after a confirmation). The first
 * admin, set in configuration, has none; an admin cannot remove themselves. The list can be exported as shown.
 */
class UserList extends Div {

    private final DashboardUsers users;
    private final String currentUser;
    private final Grid<DashboardUser> grid = new Grid<>();
    private final ExportLinks exports = new ExportLinks();
    private final Grid.Column<DashboardUser> name;
    private final Grid.Column<DashboardUser> role;
    private final Grid.Column<DashboardUser> note;
    private final Grid.Column<DashboardUser> actions;

    UserList(DashboardUsers users, String currentUser) {
        this.users = users;
        this.currentUser = currentUser;
        addClassName("user-list");
        grid.setAllRowsVisible(true);
        name = grid.addColumn(DashboardUser::name).setAutoWidth(true);
        role = grid.addColumn(user -> getTranslation("users.role." + user.role().name())).setAutoWidth(true);
        note = grid.addColumn(this::note).setAutoWidth(true);
        actions = grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(1);
        add(grid, exports);
    }

    void refresh() {
        List<DashboardUser> all = users.list();
        name.setHeader(getTranslation("users.column.name"));
        role.setHeader(getTranslation("users.column.role"));
        note.setHeader(getTranslation("users.column.note"));
        actions.setHeader(getTranslation("users.column.actions"));
        grid.setItems(all);
        var table = TableData.builder("users", getTranslation("users.list.caption"),
                getTranslation("users.column.name"), getTranslation("users.column.role"),
                getTranslation("users.column.note"));
        all.forEach(user -> table.row(user.name(), getTranslation("users.role." + user.role().name()), note(user)));
        exports.show(table.build());
    }

    private String note(DashboardUser user) {
        if (user.configured()) {
            return getTranslation("users.note.configured");
        }
        return user.name().equals(currentUser) ? getTranslation("users.note.you") : "";
    }

    private Component actions(DashboardUser user) {
        var buttons = new Div();
        buttons.addClassName("user-actions");
        if (user.configured()) {
            return buttons;
        }
        var changeRole = button("users.changeRole", user, () -> new RoleDialog(users, user, this::refresh).open());
        var changePassword = button("users.changePassword", user, () -> new PasswordDialog(users, user).open());
        var remove = button("users.remove", user, () -> confirmRemoval(user));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.setEnabled(!user.name().equals(currentUser));
        buttons.add(changeRole, changePassword, remove);
        return buttons;
    }

    private Button button(String key, DashboardUser user, Runnable action) {
        var button = new Button(getTranslation(key), click -> action.run());
        button.addClassName(key.substring(key.indexOf('.') + 1));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation(key + ".label", user.name()));
        return button;
    }

    private void confirmRemoval(DashboardUser user) {
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("users.remove.title", user.name()));
        confirm.setText(getTranslation("users.remove.text", user.name()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("users.cancel"));
        confirm.setConfirmText(getTranslation("users.remove"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            try {
                users.remove(user.name(), currentUser);
                Refusals.done(getTranslation("users.removed", user.name()));
            }
            catch (UserChangeRefused refused) {
                Refusals.error(getTranslation(refused.messageKey(), refused.arguments()));
            }
            refresh();
        });
        confirm.open();
    }
}
