package uz.fikr.analytics.report.content;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes personal data out of a reader's comment before a report quotes it: e-mail addresses, web addresses,
 * messenger handles (@name) and phone numbers (seven or more digits, with or without +, spaces, dashes, dots or
 * brackets between them) become a placeholder in the report's language. Other text is left as the reader wrote it.
 */
final class Redaction {

    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.|t\\.me/)\\S+");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\p{L}\\p{N}])@[\\p{L}\\p{N}_]{3,}");
    private static final Pattern PHONE = Pattern.compile("(?<![\\p{N}])\\+?\\(?\\d(?:[\\s().-]{0,2}\\d){6,}");

    private final List<Rule> rules;

    /** @param placeholders what replaces an e-mail address, a link, a handle and a phone number, in that order */
    Redaction(String email, String link, String handle, String phone) {
        this.rules = List.of(new Rule(EMAIL, email), new Rule(LINK, link), new Rule(HANDLE, handle),
                new Rule(PHONE, phone));
    }

    static Redaction of(ReportText text) {
        return new Redaction(text.get("redacted.email"), text.get("redacted.link"), text.get("redacted.handle"),
                text.get("redacted.phone"));
    }

    String redact(String comment) {
        String redacted = comment;
        for (Rule rule : rules) {
            redacted = rule.pattern().matcher(redacted).replaceAll(Matcher.quoteReplacement(rule.placeholder()));
        }
        return redacted;
    }

    private record Rule(Pattern pattern, String placeholder) {}
}
