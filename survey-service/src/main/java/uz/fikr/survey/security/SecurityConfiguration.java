package uz.fikr.survey.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Readers need no account: forms, the public JSON API and QR codes are open. Survey management
 * ({@code /api/v1/admin/**}) needs an admin; librarian-assisted entry ({@code /staff/**}) needs staff or an admin.
 * Both use HTTP Basic over the service's TLS-terminating proxy; the staff pages keep CSRF protection because a
 * browser resends Basic credentials on its own.
 */
@Configuration
class SecurityConfiguration {

    static final String ADMIN = "ADMIN";
    static final String STAFF = "STAFF";
    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    private static final SecurityProblems PROBLEMS = new SecurityProblems();

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/admin/**").hasRole(ADMIN)
                        .requestMatchers("/staff/**").hasAnyRole(ADMIN, STAFF)
                        .anyRequest().permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(PROBLEMS))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(PROBLEMS)
                        .accessDeniedHandler(PROBLEMS))
                .cors(Customizer.withDefaults())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/s/**"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                        + "form-action 'self'; frame-ancestors 'self'; base-uri 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter
                                        .ReferrerPolicy.SAME_ORIGIN)))
                .sessionManagement(session -> session.sessionCreationPolicy(
                        org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    InMemoryUserDetailsManager users(SecurityProperties properties, PasswordEncoder encoder) {
        List<UserDetails> users = new ArrayList<>();
        String adminPassword = properties.adminPassword();
        if (adminPassword == null || adminPassword.isBlank()) {
            // a password nobody knows, never logged: secrets come only from the environment
            adminPassword = HexFormat.of().formatHex(new SecureRandom().generateSeed(24));
            log.warn("FIKR_ADMIN_PASSWORD is not set: survey management (/api/v1/admin) refuses everyone until it is");
        }
        users.add(User.withUsername(properties.adminUser()).password(encoded(adminPassword, encoder))
                .roles(ADMIN, STAFF).build());
        if (properties.staffUser() != null && !properties.staffUser().isBlank()
                && properties.staffPassword() != null && !properties.staffPassword().isBlank()) {
            users.add(User.withUsername(properties.staffUser()).password(encoded(properties.staffPassword(), encoder))
                    .roles(STAFF).build());
        }
        return new InMemoryUserDetailsManager(users);
    }

    private static String encoded(String password, PasswordEncoder encoder) {
        return password.startsWith("{") ? password : encoder.encode(password);
    }
}
