package uz.fikr.dashboard.security;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may log in to the dashboard.
 *
 * @param adminUser the first admin, who always exists and is managed only through configuration
 * @param adminPassword that admin's password, plain or already encoded ({@code {bcrypt}...})
 * @param usersFile where the users that admins add are kept (BCrypt hashes only)
 * @param oidcRolesClaim the ID token claim that lists an OpenID Connect user's roles ({@code fikr-admin},
 *     {@code fikr-manager}); only read when an OpenID Connect login is configured
 */
@ConfigurationProperties("fikr.dashboard.security")
public record SecurityProperties(String adminUser, String adminPassword, Path usersFile, String oidcRolesClaim) {

    public SecurityProperties {
        if (adminUser == null || adminUser.isBlank() || adminPassword == null || adminPassword.isBlank()) {
            throw new IllegalArgumentException("The dashboard needs its first admin: set FIKR_DASHBOARD_ADMIN_USER and "
                    + "FIKR_DASHBOARD_ADMIN_PASSWORD");
        }
        usersFile = usersFile == null ? Path.of("data", "dashboard-users.json") : usersFile;
        oidcRolesClaim = oidcRolesClaim == null || oidcRolesClaim.isBlank() ? "roles" : oidcRolesClaim;
    }
}
