package uz.fikr.survey.form;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import uz.fikr.survey.survey.SurveysProperties;

/**
 * When a form was opened, signed so that a sender cannot claim an earlier time: {@code <epoch millis>.<HMAC-SHA256
 * of response id and time>}. The key is the invitation secret, or a random one per start (a form opened before a
 * restart is then asked to be sent again). Binding the response id means a bot replaying one stamp replays one
 * response, which is counted once.
 */
@Component
class StartStamps {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;
    private final Clock clock;

    StartStamps(SurveysProperties surveys, Clock clock) {
        String secret = surveys.invitationSecret();
        byte[] bytes = secret == null || secret.isBlank() ? random() : secret.getBytes(StandardCharsets.UTF_8);
        this.key = new SecretKeySpec(bytes, ALGORITHM);
        this.clock = clock;
    }

    /** A stamp saying the form for this response was opened now. */
    String issue(UUID responseId) {
        long millis = clock.millis();
        return millis + "." + sign(responseId, millis);
    }

    /** When the form was opened, if the stamp is this service's for this response. */
    Optional<Instant> openedAt(UUID responseId, String stamp) {
        int dot = stamp.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        long millis;
        try {
            millis = Long.parseLong(stamp.substring(0, dot));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        byte[] expected = sign(responseId, millis).getBytes(StandardCharsets.US_ASCII);
        byte[] given = stamp.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(Instant.ofEpochMilli(millis)) : Optional.empty();
    }

    private String sign(UUID responseId, long millis) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] signature = mac.doFinal(("form-start|" + responseId + "|" + millis)
                    .getBytes(StandardCharsets.UTF_8));
            return ENCODER.encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static byte[] random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
