package uz.fikr.e2e.hostile;

import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.fikr.testsupport.RawHttp;
import uz.fikr.testsupport.Reply;

/**
 * What every answer to a hostile request must be: the expected status, never a 5xx, nothing of the server's
 * insides (no exception, no stack frame, no class name), and the promised shape: a problem that says what is
 * wrong and names the field, an HTML page, or the acknowledgement of a valid submission.
 */
public final class CaseChecks {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Signs of a stack trace or of the classes behind the API. */
    private static final List<String> LEAKS = List.of("Exception", "at uz.fikr", "at org.springframework",
            "at java.", "at org.apache", "tools.jackson", "java.lang.", "org.apache.catalina", "Tomcat");

    private CaseChecks() {}

    public static void verify(HostileCase hostile, Reply reply) {
        List<String> problems = new ArrayList<>();
        String body = reply.text();
        if (reply.status() >= 500) {
            problems.add("a server error");
        }
        if (!hostile.statuses().contains(reply.status())) {
            problems.add("status " + reply.status() + ", expected " + hostile.statuses());
        }
        LEAKS.stream().filter(body::contains).forEach(leak -> problems.add("the body shows '" + leak + "'"));
        switch (hostile.shape()) {
            case PROBLEM -> problem(hostile, reply, problems);
            case HTML -> expectType(reply, "text/html", problems);
            case ACKNOWLEDGED -> acknowledged(hostile, reply, problems);
            case REDIRECT -> {
                if (reply.header("Location").isEmpty()) {
                    problems.add("a redirect without a Location");
                }
            }
        }
        hostile.present().stream().filter(text -> !body.contains(text))
                .forEach(text -> problems.add("the body lacks '" + text + "'"));
        hostile.absent().stream().filter(body::contains)
                .forEach(text -> problems.add("the body contains '" + text + "'"));
        if (!problems.isEmpty()) {
            fail("%s%n  %s %s -> %d: %s%n  content-type: %s%n  body: %s", hostile, hostile.method(),
                    RawHttp.abbreviated(hostile.target()), reply.status(), String.join("; ", problems),
                    reply.contentType(), RawHttp.abbreviated(body.replace("\n", " ")));
        }
    }

    private static void problem(HostileCase hostile, Reply reply, List<String> problems) {
        if (!expectType(reply, "application/problem+json", problems)) {
            return;
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(reply.body());
        } catch (RuntimeException e) {
            problems.add("the problem is not JSON");
            return;
        }
        if (problem.path("detail").asString("").isBlank() && problem.path("errors").isEmpty()) {
            problems.add("the problem says neither detail nor errors");
        }
        if (problem.path("status").asInt() != reply.status()) {
            problems.add("the problem says status " + problem.path("status"));
        }
        if (hostile.field() != null) {
            List<String> fields = new ArrayList<>();
            problem.path("errors").forEach(error -> fields.add(error.path("field").asString("")));
            if (!fields.contains(hostile.field())) {
                problems.add("errors[].field is " + fields + ", expected it to name '" + hostile.field() + "'");
            }
        }
    }

    private static void acknowledged(HostileCase hostile, Reply reply, List<String> problems) {
        HostileCase.Stored stored = hostile.stored();
        if (stored == null || !expectType(reply, "application/json", problems)) {
            return;
        }
        String idField = stored.kind() == HostileCase.Stored.Kind.RESPONSE ? "responseId" : "feedbackId";
        String id = JSON.readTree(reply.body()).path(idField).asString("");
        if (!stored.id().toString().equals(id)) {
            problems.add(idField + " is '" + id + "', expected " + stored.id());
        }
    }

    private static boolean expectType(Reply reply, String type, List<String> problems) {
        if (!reply.contentType().startsWith(type)) {
            problems.add("content type '" + reply.contentType() + "', expected " + type);
            return false;
        }
        return true;
    }
}
