package uz.fikr.analytics.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uz.fikr.analytics.inbox.ItemId;
import uz.fikr.events.inbox.InboxItemChanged;

/**
 * What makes a well-formed inbox change one that can never be stored or shown: an item id of neither form, a time
 * ClickHouse's {@code DateTime} cannot hold, or text with half a surrogate pair, which ClickHouse refuses (and a
 * refused insert would stall the partition instead of moving on).
 */
final class InboxChangeChecks {

    /** The last second a ClickHouse {@code DateTime} (unsigned 32-bit seconds) holds. */
    private static final Instant LATEST = Instant.ofEpochSecond(0xFFFF_FFFFL);

    private InboxChangeChecks() {}

    static Optional<String> problemWith(InboxItemChanged change) {
        if (ItemId.parse(change.itemId()).isEmpty()) {
            return Optional.of("malformed itemId " + abbreviated(change.itemId()) + " (" + ItemId.FORMS + ")");
        }
        if (change.changedAt().isBefore(Instant.EPOCH) || change.changedAt().isAfter(LATEST)) {
            return Optional.of("changedAt " + change.changedAt() + " is outside 1970 to 2106");
        }
        return texts(change).stream().filter(InboxChangeChecks::hasLoneSurrogate).findFirst()
                .map(text -> "text with half a surrogate pair, which ClickHouse cannot store");
    }

    private static List<String> texts(InboxItemChanged change) {
        List<String> texts = new ArrayList<>(List.of(change.assignee(), change.note(), change.changedBy()));
        if (change.publicEntry() != null) {
            texts.addAll(List.of(change.publicEntry().youSaid(), change.publicEntry().weDid(),
                    change.publicEntry().language()));
        }
        return texts;
    }

    static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static String abbreviated(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100) + "…";
    }
}
