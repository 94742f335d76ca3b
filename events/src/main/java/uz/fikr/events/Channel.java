package uz.fikr.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a reader gave the answer. */
public enum Channel {
    WEB, QR, KIOSK, WIDGET, INTERVIEW, PAPER;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Channel> fromCode(String code) {
        return Arrays.stream(values()).filter(channel -> channel.code().equals(code)).findFirst();
    }

    @JsonCreator
    static Channel of(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("unknown channel: " + code));
    }
}
