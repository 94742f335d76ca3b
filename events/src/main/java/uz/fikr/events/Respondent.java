package uz.fikr.events;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A reader's self-reported profile: never an identity. {@code others} holds further profile answers (for example
 * how often the reader visits) by key.
 */
public record Respondent(@Nullable String readerGroup, @Nullable String ageBand, Map<String, String> others) {

    public static final Respondent ANONYMOUS = new Respondent(null, null, Map.of());

    public Respondent {
        others = others == null ? Map.of() : Map.copyOf(others);
    }
}
