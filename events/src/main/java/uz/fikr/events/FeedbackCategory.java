package uz.fikr.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What kind of online feedback a reader left. */
public enum FeedbackCategory {
    COMPLAINT, SUGGESTION, PRAISE, QUESTION;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FeedbackCategory> fromCode(String code) {
        return Arrays.stream(values()).filter(category -> category.code().equals(code)).findFirst();
    }

    @JsonCreator
    static FeedbackCategory of(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("unknown category: " + code));
    }
}
