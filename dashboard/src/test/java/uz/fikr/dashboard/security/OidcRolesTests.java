package uz.fikr.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

class OidcRolesTests {

    private final OidcRoles roles = new OidcRoles(
            new SecurityProperties("admin", "first-admin-password", null, "fikr_roles"));

    @Test
    void fikr_admin_makes_an_admin_who_is_a_manager_too() {
        assertThat(mapped(List.of("staff", "fikr-admin"))).containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_MANAGER");
    }

    @Test
    void fikr_manager_makes_a_manager() {
        assertThat(mapped(List.of("fikr-manager"))).containsExactly("ROLE_MANAGER");
    }

    @Test
    void no_fikr_role_gives_no_dashboard_role() {
        assertThat(mapped(List.of("staff"))).isEmpty();
        assertThat(mapped(null)).isEmpty();
    }

    @Test
    void scopes_the_identity_provider_grants_give_no_dashboard_role() {
        assertThat(roles.mapAuthorities(Set.of(new SimpleGrantedAuthority("SCOPE_openid"), new SimpleGrantedAuthority("SCOPE_profile")))).isEmpty();
    }

    private List<String> mapped(@Nullable List<String> claim) {
        var token = OidcIdToken.withTokenValue("token").subject("reader-services-head").issuer("https://id.example.uz")
                .issuedAt(Instant.parse("2026-11-30T08:00:00Z")).expiresAt(Instant.parse("2026-11-30T09:00:00Z"));
        if (claim != null) {
            token.claim("fikr_roles", claim);
        }
        return roles.mapAuthorities(Set.of(new OidcUserAuthority(token.build()))).stream()
                .map(GrantedAuthority::getAuthority).toList();
    }
}
