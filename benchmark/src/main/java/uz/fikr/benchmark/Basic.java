package uz.fikr.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The value of an HTTP Basic {@code Authorization} header. */
final class Basic {

    private Basic() {}

    /** @param login {@code user:password} */
    static String of(String login) {
        return "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8));
    }
}
