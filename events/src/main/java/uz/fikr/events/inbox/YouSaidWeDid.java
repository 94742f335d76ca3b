package uz.fikr.events.inbox;

import java.util.Objects;

/**
 * A public "you said, we did" entry that staff write from a resolved inbox item: what readers asked for, in the
 * staff's words (never the reader's own text, which may hold personal details), and what the library did.
 *
 * @param language the language the staff wrote it in (uz-Latn, uz-Cyrl, ru or en)
 * @param published whether readers see it; unpublishing keeps the text for later
 */
public record YouSaidWeDid(String youSaid, String weDid, String language, boolean published) {

    public YouSaidWeDid {
        Objects.requireNonNull(youSaid, "youSaid");
        Objects.requireNonNull(weDid, "weDid");
        language = language == null ? "uz-Latn" : language;
    }
}
