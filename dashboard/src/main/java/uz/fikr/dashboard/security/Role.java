package uz.fikr.dashboard.security;

import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a dashboard user may do. A manager reads every page; an admin also manages surveys, users and the feedback
 * inbox's workflow. An admin holds both roles, so a page open to managers is open to admins too.
 */
public enum Role {
    MANAGER,
    ADMIN;

    /** For {@code @RolesAllowed}: annotation values must be constants. */
    public static final String MANAGER_NAME = "MANAGER";
    public static final String ADMIN_NAME = "ADMIN";

    /** The Spring Security authorities a user with this role holds. */
    public List<GrantedAuthority> authorities() {
        var manager = new SimpleGrantedAuthority("ROLE_" + MANAGER_NAME);
        return this == ADMIN ? List.of(manager, new SimpleGrantedAuthority("ROLE_" + ADMIN_NAME)) : List.of(manager);
    }
}
