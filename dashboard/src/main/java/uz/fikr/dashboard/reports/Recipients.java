package uz.fikr.dashboard.reports;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The recipients of a scheduled report as an admin types them: e-mail addresses separated by commas or lines. */
final class Recipients {

    /** One address: something, an at sign, a domain with a dot; no spaces, brackets or separators. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\".]+");

    private Recipients() {
    }

    static List<String> parse(String text) {
        return Arrays.stream(text.split("[,;\\r\\n]+")).map(String::strip).filter(address -> !address.isEmpty())
                .toList();
    }

    /** The first address that is not one, if any. */
    static Optional<String> firstInvalid(List<String> addresses) {
        return addresses.stream().filter(address -> !ADDRESS.matcher(address).matches()).findFirst();
    }

    static String text(List<String> addresses) {
        return String.join("\n", addresses);
    }
}
