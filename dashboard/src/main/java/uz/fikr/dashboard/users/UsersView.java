package uz.fikr.dashboard.users;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import uz.fikr.dashboard.layout.MainLayout;
import uz.fikr.dashboard.security.CurrentUser;
import uz.fikr.dashboard.security.DashboardUsers;
import uz.fikr.dashboard.security.Role;

/**
 * Users (admins only): who may log in with a name and password, and with which role. The first admin comes from
 * configuration and is listed but cannot be changed here; users who log in through the library's identity provider
 * get their role there and are not listed.
 */
@Route(value = "users", layout = MainLayout.class)
@RolesAllowed(Role.ADMIN_NAME)
@StyleSheet("styles/users.css")
public class UsersView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final H1 title = new H1();
    private final Paragraph intro = new Paragraph();
    private final H2 listHeading = new H2();
    private final H2 addHeading = new H2();
    private final UserList list;

    UsersView(DashboardUsers users, CurrentUser currentUser) {
        addClassName("users-view");
        list = new UserList(users, currentUser.name());
        var form = new AddUserForm(users, list::refresh);
        add(title, intro, new Section(listHeading, list), new Section(addHeading, form));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("users.title"));
        intro.setText(getTranslation("users.intro"));
        listHeading.setText(getTranslation("users.list.heading"));
        addHeading.setText(getTranslation("users.add.heading"));
        list.refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " · " + getTranslation("app.title");
    }
}
