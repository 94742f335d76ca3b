package uz.fikr.dashboard.inbox;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers of analytics-service's inbox API and survey-service's change API, in the shapes their controllers send
 * ({@code InboxPage}, {@code InboxItemHistory}, {@code InboxItemChanged}): small builders so a test names only what
 * it is about.
 */
final class InboxJson {

    static final String FEEDBACK_ID = "feedback:3f1c2a4e-8b7d-4c1e-9a2b-5d6e7f8a9b0c";
    static final String ANSWER_ID = "answer:0b6f5e4d-3c2b-4a19-8f7e-6d5c4b3a2910:comment";
    static final String PROBLEM_503 = "{\"title\":\"Service Unavailable\",\"status\":503,"
            + "\"detail\":\"The change cannot be recorded right now\"}";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private InboxJson() {
    }

    /** A piece of online feedback as analytics-service lists it: category in lower case, as ClickHouse stores it. */
    static ObjectNode feedback(String receivedAt, String category, String serviceArea, String text) {
        ObjectNode item = JSON.createObjectNode();
        item.put("itemId", FEEDBACK_ID).put("source", "feedback").put("receivedAt", receivedAt)
                .put("surveyId", "").put("surveyVersion", 0).put("questionId", "")
                .put("channel", "WEB").put("branch", "central").put("readerGroup", "")
                .put("serviceArea", serviceArea).put("category", category).put("language", "uz-Latn")
                .put("text", text).put("status", "NEW").put("assignee", "").put("note", "")
                .putNull("publicEntry").put("changedBy", "").putNull("changedAt");
        return item;
    }

    /** A reader's answer to a free-text survey question, with the nulls analytics-service sends for it. */
    static ObjectNode answer(String receivedAt, String text) {
        ObjectNode item = JSON.createObjectNode();
        item.put("itemId", ANSWER_ID).put("source", "answer").put("receivedAt", receivedAt)
                .put("surveyId", "demo").put("surveyVersion", 1).put("questionId", "comment")
                .put("channel", "qr").put("branch", "chilonzor").put("readerGroup", "student")
                .put("serviceArea", "digital").putNull("category").putNull("language")
                .put("text", text).put("status", "IN_PROGRESS").put("assignee", "aziza").put("note", "")
                .putNull("publicEntry").put("changedBy", "aziza").put("changedAt", "2026-11-21T10:00:00Z");
        return item;
    }

    static String page(ObjectNode... items) {
        ObjectNode page = JSON.createObjectNode();
        page.put("total", items.length);
        ArrayNode list = page.putArray("items");
        for (ObjectNode item : items) {
            list.add(item);
        }
        return page.toString();
    }

    /** {@code GET /api/v1/inbox/{itemId}}: the item's fields and its history, oldest first. */
    static String detail(ObjectNode item, ObjectNode... changes) {
        ObjectNode detail = item.deepCopy();
        ArrayNode history = detail.putArray("history");
        for (ObjectNode change : changes) {
            history.add(change);
        }
        return detail.toString();
    }

    static ObjectNode change(String changeId, String status, String assignee, String changedBy, String changedAt) {
        ObjectNode change = JSON.createObjectNode();
        change.put("changeId", changeId).put("status", status).put("assignee", assignee).put("note", "")
                .putNull("publicEntry").put("changedBy", changedBy).put("changedAt", changedAt);
        return change;
    }

    /** survey-service's 202 answer: the recorded {@code InboxItemChanged} event. */
    static String accepted(String itemId, String changeId, String status, String assignee, String changedBy) {
        ObjectNode event = change(changeId, status, assignee, changedBy, "2026-11-22T09:30:00Z");
        event.put("schemaVersion", 1).put("itemId", itemId);
        return event.toString();
    }

    static ObjectNode parse(String json) {
        return (ObjectNode) JSON.readTree(json);
    }
}
