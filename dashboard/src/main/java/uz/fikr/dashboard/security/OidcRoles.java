package uz.fikr.dashboard.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.stereotype.Component;

/**
 * Gives a user who logged in through OpenID Connect the dashboard roles their identity provider lists in the
 * configured claim: {@code fikr-admin} makes an admin, {@code fikr-manager} a manager. Anyone else is logged in
 * but may open no page.
 */
@Component
class OidcRoles implements GrantedAuthoritiesMapper {

    static final String ADMIN_VALUE = "fikr-admin";
    static final String MANAGER_VALUE = "fikr-manager";

    private static final Logger log = LoggerFactory.getLogger(OidcRoles.class);

    private final String claim;

    OidcRoles(SecurityProperties properties) {
        this.claim = properties.oidcRolesClaim();
    }

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
        Set<GrantedAuthority> mapped = new LinkedHashSet<>();
        for (GrantedAuthority authority : authorities) {
            if (authority instanceof OidcUserAuthority oidc) {
                List<String> roles = oidc.getIdToken().getClaimAsStringList(claim);
                if (roles == null) {
                    log.warn("An OpenID Connect login carries no '{}' claim; it gets no dashboard role", claim);
                }
                else if (roles.contains(ADMIN_VALUE)) {
                    mapped.addAll(Role.ADMIN.authorities());
                }
                else if (roles.contains(MANAGER_VALUE)) {
                    mapped.addAll(Role.MANAGER.authorities());
                }
            }
        }
        return mapped;
    }
}
