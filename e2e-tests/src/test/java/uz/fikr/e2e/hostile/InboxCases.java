package uz.fikr.e2e.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uz.fikr.e2e.hostile.HostileCase.Service;
import uz.fikr.e2e.hostile.HostileCase.Shape;

/**
 * The feedback inbox's write side ({@code POST /api/v1/admin/inbox/{itemId}/changes}, admins only) and the public
 * "you said, we did" list: an admin who is logged in still gets a clear 400 naming the field for a broken change,
 * and nothing is published. (Anonymous callers and librarians are in {@link AccessCases}.)
 */
final class InboxCases {

    static final String GROUP = "inbox changes";
    private static final String ITEM = "feedback:" + UUID.nameUUIDFromBytes("hostile-inbox".getBytes());

    private InboxCases() {}

    static List<HostileCase> all(FikrStack stack) {
        List<HostileCase> cases = new ArrayList<>();
        String[][] items = {{"an item id that is SQL", "feedback:'%20OR%201=1%20--"},
            {"an item id of 2,000 characters", "feedback:" + "a".repeat(2_000)},
            {"an item id of another kind", "response:" + UUID.randomUUID()},
            {"an answer item without its question", "answer:" + UUID.randomUUID()}};
        for (String[] item : items) {
            cases.add(change(stack, item[0], item[1], "{\"status\": \"NEW\"}").field("itemId").build());
        }
        String[][] bodies = {{"a status in lower case", "{\"status\": \"resolved\"}", "status"},
            {"a status that is a number", "{\"status\": 3}", "status"},
            {"a note of 2,001 characters", "{\"status\": \"NEW\", \"note\": \"" + "n".repeat(2_001) + "\"}", "note"},
            {"a NUL in the assignee", "{\"status\": \"NEW\", \"assignee\": \"Dil\\u0000noza\"}", "assignee"},
            {"a public entry for an item in progress", "{\"status\": \"IN_PROGRESS\", \"publicEntry\": "
                    + entry("\"en\"", "true") + "}", "publicEntry"},
            {"a public entry whose language is markup", "{\"status\": \"RESOLVED\", \"publicEntry\": "
                    + entry("\"<script>\"", "true") + "}", "publicEntry.language"},
            {"a public entry that says not whether it is published", "{\"status\": \"RESOLVED\", \"publicEntry\": "
                    + entry("\"ru\"", "null") + "}", "publicEntry.published"},
            {"a change id that is not a UUID", "{\"changeId\": \"1; DROP TABLE\", \"status\": \"NEW\"}", "changeId"}};
        for (String[] body : bodies) {
            cases.add(change(stack, body[0], ITEM, body[1]).field(body[2]).build());
        }
        cases.add(change(stack, "a truncated change", ITEM, "{\"status\": \"NE").build());
        cases.add(HostileCase.of(GROUP, "a change sent as plain text").post(Service.SURVEY, changes(ITEM))
                .basic(FikrStack.ADMIN, stack.password()).body("text/plain", Bodies.utf8("{\"status\": \"NEW\"}"))
                .expect(415).build());
        cases.add(HostileCase.of(GROUP, "the public list in a language that is markup").get(Service.SURVEY,
                "/api/v1/you-said-we-did?lang=%3Cscript%3E").field("lang").build());
        cases.add(HostileCase.of(GROUP, "the public page in a language that is markup").get(Service.SURVEY,
                "/you-said-we-did?lang=%3Cscript%3E").expect(200).shape(Shape.HTML).lacks("<script>").build());
        return cases;
    }

    static String changes(String itemId) {
        return "/api/v1/admin/inbox/" + itemId + "/changes";
    }

    private static String entry(String language, String published) {
        return "{\"youSaid\": \"Longer hours\", \"weDid\": \"Open until 21:00\", \"language\": " + language
                + ", \"published\": " + published + "}";
    }

    private static HostileCase.Builder change(FikrStack stack, String name, String itemId, String json) {
        return HostileCase.of(GROUP, name).post(Service.SURVEY, changes(itemId))
                .basic(FikrStack.ADMIN, stack.password()).json(json);
    }
}
