package uz.fikr.survey.inbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** Inbox items and the changes the dashboard sends for them, as JSON. */
final class InboxFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private InboxFixtures() {}

    static String feedbackItem() {
        return "feedback:" + UUID.randomUUID();
    }

    static String answerItem() {
        return "answer:" + UUID.randomUUID() + ":comment";
    }

    static String changes(String itemId) {
        return "/api/v1/admin/inbox/" + itemId + "/changes";
    }

    /** A change to this status, with the given change id (none when null) and further fields. */
    static String change(@Nullable UUID changeId, String status, Object... fields) {
        Map<String, Object> change = new LinkedHashMap<>();
        if (changeId != null) {
            change.put("changeId", changeId.toString());
        }
        change.put("status", status);
        for (int i = 0; i < fields.length; i += 2) {
            change.put((String) fields[i], fields[i + 1]);
        }
        return JSON.writeValueAsString(change);
    }

    /** The item resolved, with a public entry. */
    static String resolved(UUID changeId, String youSaid, String weDid, String language, boolean published) {
        return change(changeId, "RESOLVED", "assignee", "Dilnoza", "publicEntry", entry(youSaid, weDid, language,
                published));
    }

    static Map<String, Object> entry(String youSaid, String weDid, String language, boolean published) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("youSaid", youSaid);
        entry.put("weDid", weDid);
        entry.put("language", language);
        entry.put("published", published);
        return entry;
    }
}
