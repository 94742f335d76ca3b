package uz.fikr.analytics.contacts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import uz.fikr.analytics.clickhouse.ClickHouse;
import uz.fikr.analytics.contacts.PrivacyExport.StoredFeedback;
import uz.fikr.analytics.contacts.PrivacyExport.StoredResponse;

/** The response and its answers, or the piece of feedback, stored under one id: what a reader's export shows. */
@Repository
class StoredRecords {

    private final ClickHouse clickHouse;

    StoredRecords(ClickHouse clickHouse) {
        this.clickHouse = clickHouse;
    }

    Optional<StoredResponse> response(UUID id) {
        Optional<JsonNode> response = clickHouse.query(ContactSql.RESPONSE, ContactSql.id(id)).stream().findFirst();
        if (response.isEmpty()) {
            return Optional.empty();
        }
        List<JsonNode> answers = clickHouse.query(ContactSql.ANSWERS, ContactSql.id(id));
        return Optional.of(ExportRows.response(response.get(), answers));
    }

    Optional<StoredFeedback> feedback(UUID id) {
        return clickHouse.query(ContactSql.FEEDBACK, ContactSql.id(id)).stream().findFirst().map(ExportRows::feedback);
    }
}
