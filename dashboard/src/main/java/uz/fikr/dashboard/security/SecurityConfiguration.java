package uz.fikr.dashboard.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Every page needs a login; views say which role they need ({@code @RolesAllowed}). Users log in with a name and
 * password ({@link DashboardUsers}) or, when an OpenID Connect client is configured, through the library's identity
 * provider ({@link OidcRoles} maps its roles).
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    /**
     * Vaadin's client runs the scripts the server sends ({@code executeJs}) and styles components inline, so scripts
     * and styles need 'unsafe-inline'/'unsafe-eval'; everything else is locked to the dashboard's own origin.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain dashboardSecurity(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidc,
            OidcRoles oidcRoles) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/prometheus").permitAll()
                // the dashboard's own style sheets (@StyleSheet): public, like Vaadin's bundle, or no page is styled
                .requestMatchers("/styles/**").permitAll());
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(login -> login
                    .loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(oidcRoles)));
        }
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // BCrypt for new hashes; also reads {noop}/{pbkdf2}/... hashes an operator may configure for the first admin
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
