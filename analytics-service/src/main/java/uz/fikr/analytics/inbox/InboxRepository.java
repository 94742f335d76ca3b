package uz.fikr.analytics.inbox;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Repository;
import uz.fikr.analytics.clickhouse.ClickHouse;
import uz.fikr.analytics.query.QueryProperties;

/** Reads inbox items, their history and the published entries from ClickHouse, a page at a time. */
@Repository
class InboxRepository {

    private final ClickHouse clickHouse;
    private final ZoneId zone;

    InboxRepository(ClickHouse clickHouse, QueryProperties properties) {
        this.clickHouse = clickHouse;
        this.zone = properties.timeZone();
    }

    /** The page the query asks for, and how many items there are on all pages. */
    InboxPage page(InboxQuery query, List<FreeTextQuestion> questions) {
        Map<String, String> values = InboxSql.page(query, questions, zone);
        long total = clickHouse.query(InboxSql.TOTAL, values).stream()
                .mapToLong(row -> row.get("total").asLong()).findFirst().orElse(0);
        List<InboxItem> items = total == 0 ? List.of()
                : clickHouse.query(InboxSql.PAGE, values).stream().map(InboxRows::item).toList();
        return new InboxPage(total, items);
    }

    Optional<InboxItem> item(ItemId id, List<FreeTextQuestion> questions) {
        return clickHouse.query(InboxSql.PAGE, InboxSql.item(id, questions)).stream().map(InboxRows::item)
                .findFirst();
    }

    /** The item's changes, oldest first. */
    List<InboxChange> history(ItemId id) {
        return clickHouse.query(InboxSql.HISTORY, InboxSql.history(id)).stream().map(InboxRows::change).toList();
    }

    List<PublishedEntries.Entry> publishedEntries(List<FreeTextQuestion> questions, int limit) {
        return clickHouse.query(InboxSql.PUBLIC_ENTRIES, InboxSql.publicEntries(questions, limit, zone)).stream()
                .map(InboxRows::publishedEntry).toList();
    }
}
