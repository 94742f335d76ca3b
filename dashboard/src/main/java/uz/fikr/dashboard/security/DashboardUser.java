package uz.fikr.dashboard.security;

import java.util.Objects;

/**
 * A user who logs in with a name and password. Only the password's hash is ever kept.
 *
 * @param configured true for the first admin, who comes from configuration and cannot be changed in the dashboard
 */
public record DashboardUser(String name, Role role, String passwordHash, boolean configured) {

    public DashboardUser {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
    }
}
