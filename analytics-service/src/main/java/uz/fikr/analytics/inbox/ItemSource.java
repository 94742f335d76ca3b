package uz.fikr.analytics.inbox;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an inbox item comes from: online feedback, or a reader's answer to a free-text survey question. */
enum ItemSource {
    FEEDBACK, ANSWER;

    String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<ItemSource> fromParameter(String parameter) {
        return Arrays.stream(values()).filter(source -> source.parameter().equals(parameter)).findFirst();
    }
}
