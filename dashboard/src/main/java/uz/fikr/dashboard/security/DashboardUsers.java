package uz.fikr.dashboard.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import uz.fikr.dashboard.security.UserChangeRefused.Field;

/**
 * The dashboard's users: the first admin from configuration plus the managers and admins added on the Users page,
 * kept in {@link SecurityProperties#usersFile()} with BCrypt hashes. A refused change throws
 * {@link UserChangeRefused}, which names the field at fault and the translation key of the reason.
 */
@Service
public class DashboardUsers implements UserDetailsService {

    /** Letters, digits, '.', '_', '-' and '@', 2 to 64 characters. */
    public static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{2,64}");
    public static final int MIN_PASSWORD_LENGTH = 10;

    private static final Logger log = LoggerFactory.getLogger(DashboardUsers.class);

    private final PasswordEncoder encoder;
    private final UserFile file;
    private final DashboardUser firstAdmin;
    private final Map<String, DashboardUser> added = new LinkedHashMap<>();

    DashboardUsers(SecurityProperties properties, PasswordEncoder encoder) {
        this.encoder = encoder;
        this.file = new UserFile(properties.usersFile());
        String password = properties.adminPassword();
        String hash = password.startsWith("{") ? password : encoder.encode(password);
        this.firstAdmin = new DashboardUser(properties.adminUser(), Role.ADMIN, hash, true);
        for (UserFile.Entry entry : file.load()) {
            added.put(entry.name(), new DashboardUser(entry.name(), entry.role(), entry.passwordHash(), false));
        }
        log.info("Dashboard users: the configured admin '{}' and {} more", firstAdmin.name(), added.size());
    }

    @Override
    public synchronized UserDetails loadUserByUsername(String name) {
        DashboardUser user = find(name).orElseThrow(() -> new UsernameNotFoundException("No dashboard user " + name));
        return User.withUsername(user.name())
                .password(user.passwordHash())
                .authorities(user.role().authorities())
                .build();
    }

    public synchronized List<DashboardUser> list() {
        var all = new ArrayList<DashboardUser>();
        all.add(firstAdmin);
        added.values().stream().sorted(Comparator.comparing(DashboardUser::name)).forEach(all::add);
        return all;
    }

    /** Adds a user; refuses a name that is taken, badly formed or the first admin's, and a short password. */
    public synchronized DashboardUser add(String name, Role role, String password) {
        if (!NAME.matcher(name).matches()) {
            throw new UserChangeRefused(Field.NAME, "users.error.nameInvalid",
                    "A user name is 2 to 64 letters, digits or . _ - @");
        }
        if (find(name).isPresent()) {
            throw new UserChangeRefused(Field.NAME, "users.error.nameTaken", "There is a user " + name + " already");
        }
        return store(new DashboardUser(name, role, encoder.encode(checked(password)), false));
    }

    /** Gives an added user another role. */
    public synchronized DashboardUser changeRole(String name, Role role) {
        DashboardUser user = changeable(name);
        return store(new DashboardUser(name, role, user.passwordHash(), false));
    }

    /** Gives an added user a new password. */
    public synchronized DashboardUser changePassword(String name, String password) {
        DashboardUser user = changeable(name);
        return store(new DashboardUser(name, user.role(), encoder.encode(checked(password)), false));
    }

    /**
     * Removes an added user.
     *
     * @param by the admin who removes them, who cannot remove themselves
     */
    public synchronized void remove(String name, String by) {
        changeable(name);
        if (name.equals(by)) {
            throw new UserChangeRefused(Field.USER, "users.error.self", by + " cannot remove themselves");
        }
        added.remove(name);
        persist();
        log.info("Dashboard user '{}' removed by '{}'", name, by);
    }

    private DashboardUser changeable(String name) {
        if (name.equals(firstAdmin.name())) {
            throw new UserChangeRefused(Field.USER, "users.error.firstAdmin",
                    "The first admin is set in configuration and cannot be changed here");
        }
        DashboardUser user = added.get(name);
        if (user == null) {
            throw new UserChangeRefused(Field.USER, "users.error.unknown", "There is no user " + name);
        }
        return user;
    }

    private static String checked(String password) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new UserChangeRefused(Field.PASSWORD, "users.error.passwordShort",
                    "A password has at least " + MIN_PASSWORD_LENGTH + " characters", MIN_PASSWORD_LENGTH);
        }
        return password;
    }

    private DashboardUser store(DashboardUser user) {
        added.put(user.name(), user);
        persist();
        log.info("Dashboard user '{}' saved with role {}", user.name(), user.role());
        return user;
    }

    private Optional<DashboardUser> find(String name) {
        return name.equals(firstAdmin.name()) ? Optional.of(firstAdmin) : Optional.ofNullable(added.get(name));
    }

    private void persist() {
        file.save(added.values().stream()
                .map(user -> new UserFile.Entry(user.name(), user.role(), user.passwordHash()))
                .toList());
    }
}
