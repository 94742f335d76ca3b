package uz.fikr.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Where a reader gave the answer. */
public enum Channel {
    WEB, QR, KIOSK, WIDGET, INTERVIEW, PAPER;

    /** Read for every stored response and answer row: worked out once. */
    private static final Map<String, Channel> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Channel::code, Function.identity()));

    private final String code = name().toLowerCase(Locale.ROOT);

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<Channel> fromCode(@Nullable String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code));
    }

    @JsonCreator
    static Channel of(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("unknown channel: " + code));
    }
}
