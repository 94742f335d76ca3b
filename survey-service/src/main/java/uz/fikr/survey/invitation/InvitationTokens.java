package uz.fikr.survey.invitation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uz.fikr.survey.survey.SurveysProperties;

/**
 * One-time invitation tokens for surveys answered by a closed group. A token is a random nonce signed with
 * HMAC-SHA256 for one survey, so it needs no storage to check. "One response per token" follows from the response
 * id: it is derived from the token, so however often a token is used, analytics counts one response (the last one
 * sent replaces the earlier ones).
 */
@Component
public class InvitationTokens {

    private static final Logger log = LoggerFactory.getLogger(InvitationTokens.class);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int NONCE_BYTES = 12;
    private static final int SIGNATURE_BYTES = 16;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public InvitationTokens(SurveysProperties properties) {
        byte[] secret;
        if (properties.invitationSecret() == null || properties.invitationSecret().isBlank()) {
            log.warn("FIKR_INVITATION_SECRET is not set: invitation links made now stop working at the next restart");
            secret = new byte[32];
            random.nextBytes(secret);
        } else {
            secret = properties.invitationSecret().getBytes(StandardCharsets.UTF_8);
        }
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** A fresh token for one reader of one survey. */
    public String issue(String surveyId) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        return ENCODER.encodeToString(nonce) + "." + ENCODER.encodeToString(signature(surveyId, nonce));
    }

    /** The response id the token stands for, when the token was issued for this survey. */
    public Optional<UUID> responseId(String surveyId, String token) {
        int dot = token.indexOf('.');
        if (dot < 0 || token.length() > 100) {
            return Optional.empty();
        }
        try {
            byte[] nonce = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (nonce.length != NONCE_BYTES || !MessageDigest.isEqual(signature, signature(surveyId, nonce))) {
                return Optional.empty();
            }
            return Optional.of(UUID.nameUUIDFromBytes(
                    ("invitation:" + surveyId + ":" + token.substring(0, dot)).getBytes(StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private byte[] signature(String surveyId, byte[] nonce) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(surveyId.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            byte[] full = mac.doFinal(nonce);
            byte[] truncated = new byte[SIGNATURE_BYTES];
            System.arraycopy(full, 0, truncated, 0, SIGNATURE_BYTES);
            return truncated;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
