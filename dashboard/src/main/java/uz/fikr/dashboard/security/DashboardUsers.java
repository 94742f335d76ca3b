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

/**
 * The dashboard's users: the first admin from configuration plus those admins added, kept in
 * {@link SecurityProperties#usersFile()} with BCrypt hashes.
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

    /** Adds a user or, for an existing added user, sets a new role and password. */
    public synchronized DashboardUser save(String name, Role role, String password) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A user name is 2 to 64 letters, digits or . _ - @");
        }
        if (name.equals(firstAdmin.name())) {
            throw new IllegalArgumentException("The first admin is set in configuration and cannot be changed here");
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("A password has at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        var user = new DashboardUser(name, role, encoder.encode(password), false);
        added.put(name, user);
        persist();
        log.info("Dashboard user '{}' saved with role {}", name, role);
        return user;
    }

    public synchronized void remove(String name) {
        if (added.remove(name) != null) {
            persist();
            log.info("Dashboard user '{}' removed", name);
        }
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
