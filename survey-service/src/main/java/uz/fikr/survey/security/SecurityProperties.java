package uz.fikr.survey.security;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may manage surveys and enter answers on a reader's behalf. Passwords come from the environment, either plain
 * (hashed with BCrypt at start-up and never kept) or already encoded ({@code {bcrypt}$2a$...}). An admin without a
 * password gets a random one, written once to the log.
 *
 * @param adminUser manages surveys ({@code FIKR_ADMIN_USER})
 * @param adminPassword {@code FIKR_ADMIN_PASSWORD}
 * @param staffUser librarians who enter paper forms and interviews ({@code FIKR_STAFF_USER}); none when empty
 * @param staffPassword {@code FIKR_STAFF_PASSWORD}
 */
@ConfigurationProperties("fikr.security")
public record SecurityProperties(String adminUser, @Nullable String adminPassword, @Nullable String staffUser,
        @Nullable String staffPassword) {}
