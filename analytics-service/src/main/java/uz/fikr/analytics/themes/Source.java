package uz.fikr.analytics.themes;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where comments come from: online feedback, answers to free-text survey questions, or both. */
public enum Source {
    FEEDBACK, ANSWERS, ALL;

    String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Source> fromParameter(String parameter) {
        return Arrays.stream(values()).filter(source -> source.parameter().equals(parameter)).findFirst();
    }
}
