package uz.fikr.analytics.report.content;

import java.util.List;
import java.util.ResourceBundle;
import uz.fikr.analytics.query.Grouping;
import uz.fikr.analytics.report.ReportLanguage;

/**
 * A report's words in its language: sentences and labels from {@code report/messages/content*.properties}, with
 * {@code {0}}, {@code {1}}... filled with text the caller wrote (numbers through {@link #number}, never the bundle).
 */
public final class ReportText {

    static final String BUNDLE = "report.messages.content";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ReportLanguage language;
    private final ResourceBundle bundle;
    private final ReportNumbers numbers;

    public ReportText(ReportLanguage language) {
        this.language = language;
        this.bundle = bundle(language);
        this.numbers = new ReportNumbers(language);
    }

    static ResourceBundle bundle(ReportLanguage language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(), NO_FALLBACK);
    }

    ReportLanguage language() {
        return language;
    }

    /** The message of a key with its placeholders filled in order. */
    String get(String key, String... values) {
        String message = bundle.getString(key);
        for (int i = 0; i < values.length; i++) {
            message = message.replace("{" + i + "}", values[i]);
        }
        return message;
    }

    boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** A number as the renderer writes the cells of a column of this kind. */
    String number(double value, CellKind kind) {
        return numbers.format(value, kind);
    }

    String count(long value) {
        return number(value, CellKind.COUNT);
    }

    /** Items joined as a reader lists them: "a, b and c". */
    String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + get("list.and") + items.getLast();
    }

    /** A group of a grouping in words: a reader group's or channel's name, a branch's code; "not stated" for "". */
    public String group(Grouping grouping, String code) {
        if (code.isEmpty()) {
            return get("group.none");
        }
        return switch (grouping) {
            case READER_GROUP -> label("readerGroup.", code);
            case CHANNEL -> label("channel.", code);
            case AGE_BAND -> label("ageBand.", code);
            case BRANCH -> code;
        };
    }

    /** A label from the bundle, or the code itself when the bundle has none (a library's own dimension, say). */
    String label(String prefix, String code) {
        return has(prefix + code) ? get(prefix + code) : code;
    }
}
