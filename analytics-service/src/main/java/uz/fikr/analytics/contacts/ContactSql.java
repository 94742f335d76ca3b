package uz.fikr.analytics.contacts;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import uz.fikr.analytics.clickhouse.SqlLiterals;
import uz.fikr.analytics.clickhouse.SqlTemplate;

/** The statements about contacts, erasures and what is stored under one id, and the literals that fill them. */
final class ContactSql {

    static final SqlTemplate CONTACT = load("contact");
    static final SqlTemplate ERASURE = load("erasure");
    static final SqlTemplate HELD = load("held");
    static final SqlTemplate ERASED = load("erased");
    static final SqlTemplate EXPIRED = load("expired");
    static final SqlTemplate RESPONSE = load("response");
    static final SqlTemplate ANSWERS = load("answers");
    static final SqlTemplate FEEDBACK = load("feedback");
    /** A mutation: ClickHouse rewrites the parts holding these ids without them, in the background. */
    static final SqlTemplate DELETE = SqlTemplate.of("delete contacts",
            "ALTER TABLE ${database}.contacts DELETE WHERE id IN (${ids})");
    static final SqlTemplate DELETE_EXPIRED = SqlTemplate.of("delete expired contacts",
            "ALTER TABLE ${database}.contacts DELETE WHERE received_at < ${cutoff}");
    static final SqlTemplate RECORD_ERASURE = SqlTemplate.of("record an erasure",
            "INSERT INTO ${database}.contact_erasures (id, requested_at, requested_by) "
                    + "VALUES (${id}, ${requestedAt}, ${requestedBy})");

    private ContactSql() {}

    static Map<String, String> id(UUID id) {
        return Map.of("id", uuid(id));
    }

    /**
     * A list for {@code id IN (...)}: plain string literals, which ClickHouse 18.16 compares with a UUID column
     * ({@code toUUID} literals in an IN list it refuses as a type mismatch).
     */
    static Map<String, String> ids(Collection<UUID> ids) {
        return Map.of("ids", SqlLiterals.stringList(ids.stream().map(UUID::toString).sorted().toList()));
    }

    static Map<String, String> erasure(UUID id, Instant requestedAt, String requestedBy) {
        return Map.of("id", uuid(id), "requestedAt", SqlLiterals.dateTime(requestedAt),
                "requestedBy", SqlLiterals.string(requestedBy));
    }

    static Map<String, String> cutoff(Instant cutoff) {
        return Map.of("cutoff", SqlLiterals.dateTime(cutoff));
    }

    private static String uuid(UUID id) {
        return "toUUID(" + SqlLiterals.string(id.toString()) + ")";
    }

    private static SqlTemplate load(String name) {
        return SqlTemplate.load("sql/contacts/" + name + ".sql");
    }
}
