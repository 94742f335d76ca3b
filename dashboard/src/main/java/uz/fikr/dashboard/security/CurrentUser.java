package uz.fikr.dashboard.security;

import com.vaadin.flow.spring.security.AuthenticationContext;

import org.springframework.stereotype.Component;

/** Who is logged in to this UI, for views that show or record it. */
@Component
public class CurrentUser {

    private final AuthenticationContext authentication;

    CurrentUser(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    /** The user's name as recorded in changes they make: the login name, or an OpenID Connect user's e-mail. */
    public String name() {
        return authentication.getPrincipalName().orElse("anonymous");
    }

    public boolean isAdmin() {
        return authentication.hasRole(Role.ADMIN_NAME);
    }

    public void logout() {
        authentication.logout();
    }
}
