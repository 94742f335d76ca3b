package uz.fikr.analytics.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import uz.fikr.web.problems.ServletProblems;

/**
 * The analytics API answers only its clients, with HTTP Basic: figures about readers are not public, and neither is
 * what is held under a reader's id. The dashboard's login reads statistics and the inbox; the privacy officer's login
 * reads and erases what is held under a reader's id ({@code /api/v1/privacy/**}), and nothing else. Health probes,
 * Prometheus and the OpenAPI description stay open for the platform that runs the service.
 */
@Configuration
class ApiSecurity {

    static final String API = "API";
    static final String PRIVACY = "PRIVACY";
    private static final Logger log = LoggerFactory.getLogger(ApiSecurity.class);

    @Bean
    SecurityFilterChain apiFilterChain(HttpSecurity http) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Fikr analytics\", charset=\"UTF-8\"");
            ServletProblems.write(response, ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    "The analytics API needs the dashboard's login (FIKR_ANALYTICS_USER/PASSWORD); a reader's "
                            + "export and erasure need the privacy login (FIKR_PRIVACY_USER/PASSWORD)."),
                    request.getRequestURI());
        };
        AccessDeniedHandler forbidden = (request, response, e) -> ServletProblems.write(response,
                ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "This login may not use this part of the API."),
                request.getRequestURI());
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll()
                        .requestMatchers("/api/v1/privacy/**").hasRole(PRIVACY)
                        .anyRequest().hasRole(API))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    /** BCrypt (or whatever a configured hash names), with passwords it has verified remembered for 10 minutes. */
    @Bean
    PasswordEncoder passwordEncoder(Clock clock) {
        return new VerifiedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder(), Duration.ofMinutes(10),
                clock);
    }

    @Bean
    InMemoryUserDetailsManager apiUsers(ApiLoginProperties login, PasswordEncoder encoder) {
        String password = login.password();
        if (password == null || password.isBlank()) {
            // a password nobody knows, never logged: secrets come only from the environment
            password = HexFormat.of().formatHex(new SecureRandom().generateSeed(24));
            log.warn("FIKR_ANALYTICS_PASSWORD is not set: the analytics API refuses everyone until it is");
        }
        List<UserDetails> users = new ArrayList<>();
        users.add(User.withUsername(login.user()).password(encoded(password, encoder)).roles(API).build());
        if (login.privacyLogin()) {
            users.add(User.withUsername(login.privacyUser()).password(encoded(login.privacyPassword(), encoder))
                    .roles(PRIVACY).build());
        } else {
            log.info("FIKR_PRIVACY_PASSWORD is not set: there is no privacy login, and /api/v1/privacy refuses "
                    + "everyone");
        }
        return new InMemoryUserDetailsManager(users);
    }

    private static String encoded(String password, PasswordEncoder encoder) {
        return password.startsWith("{") ? password : encoder.encode(password);
    }
}
