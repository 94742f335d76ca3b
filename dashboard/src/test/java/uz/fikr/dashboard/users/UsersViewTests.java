package uz.fikr.dashboard.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uz.fikr.dashboard.TemporaryUsersFile;
import uz.fikr.dashboard.security.DashboardUser;
import uz.fikr.dashboard.security.DashboardUsers;
import uz.fikr.dashboard.security.LoginView;
import uz.fikr.dashboard.security.Role;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ViewPackages(classes = {UsersView.class, LoginView.class})
@WithMockUser(username = "bekzod", roles = {"ADMIN", "MANAGER"})
class UsersViewTests extends SpringBrowserlessTest {

    private static final String PASSWORD = "reading-room-42";
    @Autowired
    DashboardUsers users;

    @Autowired
    PasswordEncoder encoder;

    @DynamicPropertySource
    static void ownUsersFile(DynamicPropertyRegistry registry) {
        TemporaryUsersFile.use(registry);
    }

    @BeforeEach
    void bekzodAndDilnoza() {
        users.list().stream().filter(user -> !user.configured()).map(DashboardUser::name)
                .forEach(name -> users.remove(name, "admin"));
        users.add("bekzod", Role.ADMIN, PASSWORD);
        users.add("dilnoza", Role.MANAGER, PASSWORD);
    }

    @Test
    void lists_every_user_with_their_role_and_the_first_admin_as_set_in_configuration() {
        navigate(UsersView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Users");
        assertThat(rows()).containsExactly("admin | Admin | Set in configuration", "bekzod | Admin | You",
                "dilnoza | Manager | ");
    }

    @Test
    void the_first_admin_cannot_be_changed_and_an_admin_cannot_remove_themselves() {
        navigate(UsersView.class);

        assertThat(buttons(0)).isEmpty();
        assertThat(buttons(1)).extracting(Button::getText).containsExactly("Change role", "Change password", "Remove");
        assertThat(buttons(1).getLast().isEnabled()).isFalse();
        assertThat(buttons(2).getLast().isEnabled()).isTrue();
        assertThat(buttons(2).getLast().getAriaLabel()).hasValue("Remove dilnoza");
    }

    @Test
    void adds_a_manager_who_can_then_log_in() {
        navigate(UsersView.class);

        fillIn("nodira", PASSWORD, PASSWORD);
        test($(Button.class).withClassName("add-user-button").single()).click();

        assertThat(rows()).contains("nodira | Manager | ");
        assertThat(encoder.matches(PASSWORD, users.loadUserByUsername("nodira").getPassword())).isTrue();
        assertThat($(Notification.class).all()).extracting(notification -> test(notification).getText())
                .contains("User nodira added.");
    }

    @Test
    void a_short_password_is_refused_beside_the_password_field_in_the_users_language() {
        navigate(UsersView.class);
        UI.getCurrent().setLocale(Locale.of("ru"));

        fillIn("nodira", "short", "short");
        test($(Button.class).withClassName("add-user-button").single()).click();

        PasswordField password = $(PasswordField.class).withClassName("password").single();
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Пароль должен содержать не менее 10 символов.");
        assertThat(users.list()).extracting(DashboardUser::name).doesNotContain("nodira");
    }

    @Test
    void a_taken_name_or_two_different_passwords_are_refused_beside_their_fields() {
        navigate(UsersView.class);

        fillIn("dilnoza", PASSWORD, PASSWORD);
        test($(Button.class).withClassName("add-user-button").single()).click();
        TextField name = $(TextField.class).withClassName("user-name").single();
        assertThat(name.getErrorMessage()).isEqualTo("There is a user with this name already.");
        assertThat(name.isInvalid()).isTrue();

        fillIn("nodira", PASSWORD, PASSWORD + "?");
        test($(Button.class).withClassName("add-user-button").single()).click();
        PasswordField repeat = $(PasswordField.class).withClassName("password-repeat").single();
        assertThat(repeat.getErrorMessage()).isEqualTo("The two passwords differ.");
        assertThat(users.list()).extracting(DashboardUser::name).doesNotContain("nodira");
    }

    @Test
    void changes_a_users_role() {
        navigate(UsersView.class);

        test(buttons(2).getFirst()).click();
        @SuppressWarnings("unchecked")
        Select<Role> role = $(Select.class).withClassName("user-role").last();
        test(role).selectItem("Admin");
        test($(Button.class).withClassName("save").single()).click();

        assertThat(rows()).contains("dilnoza | Admin | ");
        assertThat(users.loadUserByUsername("dilnoza").getAuthorities()).hasSize(2);
    }

    @Test
    void changes_a_users_password() {
        navigate(UsersView.class);

        test(buttons(2).get(1)).click();
        test($(PasswordField.class).withClassName("password").last()).setValue("new-password-2026");
        test($(PasswordField.class).withClassName("password-repeat").last()).setValue("new-password-2026");
        test($(Button.class).withClassName("save").single()).click();

        assertThat(encoder.matches("new-password-2026", users.loadUserByUsername("dilnoza").getPassword())).isTrue();
    }

    @Test
    void removes_a_user_only_after_confirmation() {
        navigate(UsersView.class);

        test(buttons(2).getLast()).click();
        var confirm = test($(ConfirmDialog.class).single());
        assertThat(confirm.getHeader()).isEqualTo("Remove dilnoza?");
        confirm.cancel();
        assertThat(rows()).hasSize(3);

        test(buttons(2).getLast()).click();
        test($(ConfirmDialog.class).last()).confirm();

        assertThat(rows()).containsExactly("admin | Admin | Set in configuration", "bekzod | Admin | You");
        assertThat(users.list()).extracting(DashboardUser::name).containsExactly("admin", "bekzod");
    }

    private void fillIn(String name, String password, String repeat) {
        test($(TextField.class).withClassName("user-name").single()).setValue(name);
        test($(PasswordField.class).withClassName("password").single()).setValue(password);
        test($(PasswordField.class).withClassName("password-repeat").single()).setValue(repeat);
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<DashboardUser>, DashboardUser> grid() {
        return test($(Grid.class).single());
    }

    private List<String> rows() {
        var grid = grid();
        return IntStream.range(0, grid.size())
                .mapToObj(row -> grid.getCellText(row, 0) + " | " + grid.getCellText(row, 1) + " | "
                        + grid.getCellText(row, 2))
                .toList();
    }

    private List<Button> buttons(int row) {
        Component actions = grid().getCellComponent(row, 3);
        return $(Button.class, actions).all();
    }
}
