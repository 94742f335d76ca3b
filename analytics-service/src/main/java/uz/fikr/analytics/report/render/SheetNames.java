package uz.fikr.analytics.report.render;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Sheet names a spreadsheet accepts, made from titles: at most 31 characters, none of {@code [ ] : * ? / \}, not
 * starting or ending with an apostrophe, and unique ignoring case (as Excel compares them): "Trends", "Trends (2)".
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;

    private final Set<String> taken = new HashSet<>();

    String unique(String title, String fallback) {
        String base = valid(title);
        if (base.isEmpty()) {
            base = valid(fallback);
        }
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = cut(base, MAX_LENGTH - suffix.length()) + suffix;
        }
        return name;
    }

    static String valid(String title) {
        String name = title.replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
        name = cut(name, MAX_LENGTH);
        while (name.startsWith("'") || name.endsWith("'")) {
            name = name.startsWith("'") ? name.substring(1) : name.substring(0, name.length() - 1);
        }
        return name.strip();
    }

    /** Cuts to a length without splitting a surrogate pair. */
    private static String cut(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end).strip();
    }
}
