package uz.fikr.analytics.security;

import java.security.SecureRandom;
import java.util.HexFormat;
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
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import uz.fikr.analytics.web.ServletProblems;

/**
 * The analytics API answers only its one client, the dashboard, with HTTP Basic: figures about readers are not
 * public. Health probes, Prometheus and the OpenAPI description stay open for the platform that runs the service.
 */
@Configuration
class ApiSecurity {

    private static final Logger log = LoggerFactory.getLogger(ApiSecurity.class);

    @Bean
    SecurityFilterChain apiFilterChain(HttpSecurity http) throws Exception {
        AuthenticationEntryPoint problem = (request, response, e) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Fikr analytics\", charset=\"UTF-8\"");
            ServletProblems.write(response, ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    "The analytics API needs the dashboard's login (FIKR_ANALYTICS_USER/PASSWORD)."),
                    request.getRequestURI());
        };
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problem))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problem))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    InMemoryUserDetailsManager apiUsers(ApiLoginProperties login, PasswordEncoder encoder) {
        String password = login.password();
        if (password == null || password.isBlank()) {
            password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
            log.warn("FIKR_ANALYTICS_PASSWORD is not set; the analytics API user '{}' has the one-time password {}",
                    login.user(), password);
        }
        String encoded = password.startsWith("{") ? password : encoder.encode(password);
        return new InMemoryUserDetailsManager(User.withUsername(login.user()).password(encoded).roles("API").build());
    }
}
