package uz.fikr.e2e.faults;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import uz.fikr.testsupport.ClickHouseTestServer;

/**
 * What ClickHouse physically holds per response id, before the de-duplicating reads: how many copies of its
 * {@code responses} row, and how many distinct questions its {@code answers} rows cover. A response is
 * <em>whole</em> when it has a row and an answer row for every answer it was sent with; <em>absent</em> when it has
 * neither; anything in between is half-stored.
 */
public final class StoredResponses {

    private final Map<UUID, Long> copies;
    private final Map<UUID, Long> answeredQuestions;

    private StoredResponses(Map<UUID, Long> copies, Map<UUID, Long> answeredQuestions) {
        this.copies = copies;
        this.answeredQuestions = answeredQuestions;
    }

    /** Reads the whole database once (a few thousand ids): directly, not through any faulty link. */
    public static StoredResponses read(String database) {
        return new StoredResponses(
                perId("SELECT toString(response_id), count() FROM " + database + ".responses GROUP BY response_id"),
                perId("SELECT toString(response_id), uniqExact(question_id) FROM " + database
                        + ".answers GROUP BY response_id"));
    }

    /** How many distinct responses the database holds: cheap enough to poll while a consumer drains. */
    public static long count(String database) {
        return Long.parseLong(ClickHouseTestServer.shared()
                .query("SELECT uniqExact(response_id) FROM " + database + ".responses FORMAT TabSeparated").strip());
    }

    private static Map<UUID, Long> perId(String sql) {
        Map<UUID, Long> values = new HashMap<>();
        ClickHouseTestServer.shared().query(sql + " FORMAT TabSeparated").lines()
                .filter(line -> !line.isBlank())
                .map(line -> line.split("\t"))
                .forEach(columns -> values.put(UUID.fromString(columns[0]), Long.parseLong(columns[1])));
        return values;
    }

    /** How many physical {@code responses} rows the id has (0 when absent; above 1 before the reads fold them). */
    public long copies(UUID id) {
        return copies.getOrDefault(id, 0L);
    }

    public boolean whole(UUID id, int answers) {
        return copies(id) > 0 && answeredQuestions.getOrDefault(id, 0L) == answers;
    }

    public boolean absent(UUID id) {
        return copies(id) == 0 && !answeredQuestions.containsKey(id);
    }

    /** How many distinct responses the database holds, whoever sent them. */
    public int distinct() {
        return copies.size();
    }
}
