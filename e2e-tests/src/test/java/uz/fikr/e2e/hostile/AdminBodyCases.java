package uz.fikr.e2e.hostile;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.JsonNodeFactory;
import uz.fikr.e2e.hostile.HostileCase.Service;

/**
 * An admin who is logged in still gets a clear 4xx for a broken request: malformed definitions, templates and ids
 * that are not there, invitation counts out of range, unknown surveys, changes a survey's state does not allow.
 * None of them changes a survey.
 */
final class AdminBodyCases {

    static final String GROUP = "admin requests";
    private static final String QUESTION = "{\"id\": \"q\", \"type\": \"rating\", \"serviceArea\": \"overall\", "
            + "\"text\": {\"uz-Latn\": \"Baho\"}}";

    private AdminBodyCases() {}

    static List<HostileCase> all(FikrStack stack) {
        List<HostileCase> cases = new ArrayList<>();
        String surveys = "/api/v1/admin/surveys";
        cases.add(post(stack, "a malformed survey", surveys, "{\"id\": \"x-1\", ").build());
        cases.add(post(stack, "an empty survey", surveys, "{\"version\": 1}").field("id").build());
        cases.add(post(stack, "a question of a type that does not exist", surveys, definition("x-2",
                QUESTION.replace("rating", "bogus"))).field("questions[0].type").build());
        cases.add(post(stack, "a question without an id before skip logic", surveys, definition("x-3",
                QUESTION.replace("\"id\": \"q\", ", "") + ", " + QUESTION.replace("\"q\"", "\"r\"").replace("}}",
                        "}, \"showIf\": {\"question\": \"q\", \"atLeast\": 4}}"))).field("questions[0].id").build());
        cases.add(post(stack, "skip logic that names no question", surveys, definition("x-4",
                QUESTION.replace("}}", "}, \"showIf\": {\"anyOf\": [\"a\"]}}"))).field("questions[0].showIf.question")
                .build());
        cases.add(post(stack, "an unknown member", surveys, "{\"id\": \"x-5\", \"version\": 1, \"owner\": \"mallory\"}")
                .field("owner").build());
        cases.add(post(stack, "a title nested 10,000 arrays deep", surveys, "{\"id\": \"x-6\", \"title\": "
                + "[".repeat(10_000) + "]".repeat(10_000) + "}").build());
        cases.add(post(stack, "a null question", surveys, definition("x-7", "null")).build());
        cases.add(HostileCase.of(GROUP, "a survey sent as plain text").post(Service.SURVEY, surveys)
                .basic(FikrStack.ADMIN, stack.password()).body("text/plain", Bodies.utf8(definition("x-8", QUESTION)))
                .expect(415).build());
        String imports = "/api/v1/admin/surveys/import";
        cases.add(post(stack, "an import whose version has no survey id", imports, "{\"format\": \"fikr-survey/1\", "
                + "\"id\": \"x-9\", \"exportedAt\": \"2026-01-01T00:00:00Z\", \"versions\": [{\"schemaVersion\": 2, "
                + "\"status\": \"published\", \"changedAt\": \"2026-01-01T00:00:00Z\", \"survey\": {\"version\": 1,"
                + " \"title\": {\"uz-Latn\": \"X\"}, \"questions\": [" + QUESTION + "]}}]}")
                .field("versions[0].survey.id").build());
        cases.add(post(stack, "an import with a null version", imports, "{\"format\": \"fikr-survey/1\", \"id\": "
                + "\"x-10\", \"versions\": [null]}").build());
        cases.add(post(stack, "an import of another format", imports, "{\"format\": \"csv\", \"id\": \"x-11\", "
                + "\"versions\": []}").field("format").build());
        String fromTemplate = "/api/v1/admin/surveys/from-template";
        String[][] templates = {{"a template path traversal", "../../etc/passwd", "x-12", "template"},
            {"a template of 10,000 characters", "t".repeat(10_000), "x-13", "template"},
            {"a survey id with a path traversal", "quick-satisfaction", "../etc", "id"},
            {"SQL as the survey id", "quick-satisfaction", "' OR 1=1 --", "id"},
            {"a survey id with a NUL", "quick-satisfaction", "x-14\u0000", "id"}};
        for (String[] template : templates) {
            cases.add(post(stack, template[0], fromTemplate, "{\"template\": " + quoted(template[1]) + ", \"id\": "
                    + quoted(template[2]) + "}").field(template[3]).build());
        }
        String invitations = "/api/v1/admin/surveys/" + HostileSurveys.INVITE + "/invitations";
        String[][] counts = {{"a million invitations", "1000000"}, {"a word as the count", "\"many\""},
            {"a negative count", "-1"}, {"a count beyond a long", "99999999999999999999"}, {"no count", "null"}};
        for (String[] count : counts) {
            cases.add(post(stack, count[0], invitations, "{\"count\": " + count[1] + "}").field("count").build());
        }
        cases.add(post(stack, "invitations to an unknown survey", "/api/v1/admin/surveys/no-such-survey/invitations",
                "{\"count\": 1}").expect(404).build());
        cases.add(admin(stack, "GET", "an unknown survey", "/api/v1/admin/surveys/no-such-survey", "").expect(404)
                .build());
        cases.add(admin(stack, "GET", "an export with a path traversal",
                "/api/v1/admin/surveys/..%2F..%2Fetc%2Fpasswd/export", "").build());
        cases.add(admin(stack, "POST", "closing a survey that is closed already",
                "/api/v1/admin/surveys/" + HostileSurveys.CLOSED + "/close", "").expect(409).build());
        cases.add(admin(stack, "POST", "publishing a survey with no draft", "/api/v1/admin/surveys/demo/publish", "")
                .expect(409).build());
        cases.add(admin(stack, "PUT", "a draft whose id is another survey's", "/api/v1/admin/surveys/demo/draft",
                definition("website-widget", QUESTION)).field("id").build());
        cases.add(admin(stack, "DELETE", "deleting a survey", "/api/v1/admin/surveys/demo", "").expect(405).build());
        return cases;
    }

    private static String definition(String id, String questions) {
        return "{\"id\": \"" + id + "\", \"version\": 1, \"title\": {\"uz-Latn\": \"Sinov\"}, \"questions\": ["
                + questions + "]}";
    }

    private static String quoted(String text) {
        return JsonNodeFactory.instance.stringNode(text).toString();
    }

    private static HostileCase.Builder post(FikrStack stack, String name, String path, String json) {
        return admin(stack, "POST", name, path, json);
    }

    private static HostileCase.Builder admin(FikrStack stack, String method, String name, String path, String json) {
        HostileCase.Builder builder = HostileCase.of(GROUP, name).request(Service.SURVEY, method, path)
                .basic(FikrStack.ADMIN, stack.password());
        return json.isEmpty() ? builder : builder.json(json);
    }
}
