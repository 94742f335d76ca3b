package uz.fikr.e2e;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The dashboard's login to the analytics API, as the end-to-end stacks configure it. */
public final class AnalyticsLogin {

    public static final String USER = "dashboard";
    public static final String PASSWORD = "e2e-analytics";

    private AnalyticsLogin() {}

    /** The value of the Authorization header. */
    public static String header() {
        return "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }
}
