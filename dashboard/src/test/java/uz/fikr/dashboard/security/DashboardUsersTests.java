package uz.fikr.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import uz.fikr.dashboard.security.UserChangeRefused.Field;

class DashboardUsersTests {

    private static final String PASSWORD = "reading-room-42";

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @TempDir
    Path dir;

    @Test
    void keeps_a_hash_of_the_password_never_the_password_itself() throws Exception {
        users().add("dilnoza", Role.MANAGER, PASSWORD);

        String file = Files.readString(usersFile());
        assertThat(file).contains("dilnoza").doesNotContain(PASSWORD).contains("{bcrypt}");
        assertThat(users().list()).filteredOn(user -> user.name().equals("dilnoza")).singleElement()
                .satisfies(user -> assertThat(user.passwordHash()).isNotEqualTo(PASSWORD));
    }

    @Test
    void the_users_survive_a_restart() {
        users().add("dilnoza", Role.MANAGER, PASSWORD);
        users().add("bekzod", Role.ADMIN, PASSWORD + "!");

        DashboardUsers restarted = users();

        assertThat(restarted.list()).extracting(DashboardUser::name).containsExactly("admin", "bekzod", "dilnoza");
        assertThat(restarted.loadUserByUsername("bekzod").getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_MANAGER");
        assertThat(encoder.matches(PASSWORD, restarted.loadUserByUsername("dilnoza").getPassword())).isTrue();
    }

    @Test
    void a_wrong_password_does_not_match_the_stored_hash() {
        users().add("dilnoza", Role.MANAGER, PASSWORD);

        String hash = users().loadUserByUsername("dilnoza").getPassword();

        assertThat(encoder.matches("reading-room-43", hash)).isFalse();
        assertThat(encoder.matches(PASSWORD, hash)).isTrue();
    }

    @Test
    void the_first_admin_from_configuration_can_log_in_but_not_be_changed_or_removed() {
        DashboardUsers users = users();

        assertThat(encoder.matches("first-admin-password", users.loadUserByUsername("admin").getPassword())).isTrue();
        assertThat(users.list().getFirst().configured()).isTrue();
        assertRefused(() -> users.remove("admin", "bekzod"), Field.USER, "users.error.firstAdmin");
        assertRefused(() -> users.changeRole("admin", Role.MANAGER), Field.USER, "users.error.firstAdmin");
        assertRefused(() -> users.changePassword("admin", PASSWORD), Field.USER, "users.error.firstAdmin");
        assertRefused(() -> users.add("admin", Role.ADMIN, PASSWORD), Field.NAME, "users.error.nameTaken");
        assertThat(users.list()).extracting(DashboardUser::name).containsExactly("admin");
    }

    @Test
    void an_admin_cannot_remove_themselves() {
        DashboardUsers users = users();
        users.add("bekzod", Role.ADMIN, PASSWORD);

        assertRefused(() -> users.remove("bekzod", "bekzod"), Field.USER, "users.error.self");

        users.add("dilnoza", Role.MANAGER, PASSWORD);
        users.remove("dilnoza", "bekzod");
        assertThat(users().list()).extracting(DashboardUser::name).containsExactly("admin", "bekzod");
    }

    @Test
    void a_role_or_password_change_is_kept() {
        users().add("dilnoza", Role.MANAGER, PASSWORD);

        users().changeRole("dilnoza", Role.ADMIN);
        users().changePassword("dilnoza", "new-password-2026");

        var dilnoza = users().loadUserByUsername("dilnoza");
        assertThat(dilnoza.getAuthorities()).extracting(GrantedAuthority::getAuthority).contains("ROLE_ADMIN");
        assertThat(encoder.matches("new-password-2026", dilnoza.getPassword())).isTrue();
        assertThat(encoder.matches(PASSWORD, dilnoza.getPassword())).isFalse();
    }

    @Test
    void refusals_name_the_field_and_the_reason() {
        DashboardUsers users = users();

        assertRefused(() -> users.add("a", Role.MANAGER, PASSWORD), Field.NAME, "users.error.nameInvalid");
        assertRefused(() -> users.add("x y", Role.MANAGER, PASSWORD), Field.NAME, "users.error.nameInvalid");
        assertThatThrownBy(() -> users.add("dilnoza", Role.MANAGER, "short"))
                .isInstanceOfSatisfying(UserChangeRefused.class, refused -> {
                    assertThat(refused.field()).isEqualTo(Field.PASSWORD);
                    assertThat(refused.messageKey()).isEqualTo("users.error.passwordShort");
                    assertThat(refused.arguments()).containsExactly(DashboardUsers.MIN_PASSWORD_LENGTH);
                });
        users.add("dilnoza", Role.MANAGER, PASSWORD);
        assertRefused(() -> users.add("dilnoza", Role.ADMIN, PASSWORD), Field.NAME, "users.error.nameTaken");
        assertRefused(() -> users.changeRole("nobody", Role.ADMIN), Field.USER, "users.error.unknown");
    }

    private static void assertRefused(Runnable change, Field field, String key) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(UserChangeRefused.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.messageKey()).isEqualTo(key);
        });
    }

    /** A new instance over the same file each time: what the dashboard reads after a restart. */
    private DashboardUsers users() {
        return new DashboardUsers(new SecurityProperties("admin", "first-admin-password", usersFile(), null), encoder);
    }

    private Path usersFile() {
        return dir.resolve("data").resolve("dashboard-users.json");
    }
}
