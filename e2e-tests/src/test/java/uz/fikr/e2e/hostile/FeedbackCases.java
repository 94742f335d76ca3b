package uz.fikr.e2e.hostile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;
import uz.fikr.e2e.hostile.HostileCase.Service;

/** {@code POST /api/v1/feedback}: broken JSON, wrong types, missing and unknown fields, values out of vocabulary. */
final class FeedbackCases {

    static final String GROUP = "feedback";

    private FeedbackCases() {}

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        byte[] valid = Bodies.bytes(Bodies.feedback(UUID.randomUUID()));
        cases.add(post("an empty body", new byte[0]).build());
        cases.add(post("a lone opening brace", Bodies.utf8("{")).build());
        cases.add(post("valid feedback cut off halfway", Arrays.copyOf(valid, valid.length / 2)).build());
        cases.add(post("invalid UTF-8 in the text", Bodies.withRaw(with(f -> f.put("text", Bodies.RAW)),
                Bodies.string("Navbat ", new byte[] {(byte) 0xC3, (byte) 0x28}, " uzun"))).build());
        cases.add(post("the text nested 10,000 arrays deep", Bodies.withRaw(with(f -> f.put("text", Bodies.RAW)),
                Bodies.nestedArrays(10_000))).build());
        cases.add(feedback("a number as the feedback id", f -> f.put("feedbackId", 1), "feedbackId"));
        cases.add(feedback("a feedback id that is not a UUID", f -> f.put("feedbackId", "../../etc/passwd"),
                "feedbackId"));
        cases.add(feedback("a list as the category", f -> f.putArray("category").add("complaint"), "category"));
        cases.add(feedback("an object as the text", f -> f.putObject("text").put("a", 1), "text"));
        cases.add(feedback("a number as the language", f -> f.put("language", 7), "language"));
        cases.add(feedback("no feedback id", f -> f.remove("feedbackId"), "feedbackId"));
        cases.add(feedback("no category", f -> f.remove("category"), "category"));
        cases.add(feedback("no text", f -> f.remove("text"), "text"));
        cases.add(feedback("blank text", f -> f.put("text", " \t\n "), "text"));
        cases.add(feedback("a category in capitals", f -> f.put("category", "COMPLAINT"), "category"));
        cases.add(feedback("SQL as the category", f -> f.put("category", "complaint' OR 1=1 --"), "category"));
        cases.add(feedback("a service area that does not exist", f -> f.put("serviceArea", "nowhere"), "serviceArea"));
        cases.add(feedback("a language it is not written in", f -> f.put("language", "de"), "language"));
        cases.add(feedback("a channel that does not exist", f -> f.put("channel", "fax"), "channel"));
        cases.add(feedback("a branch in capitals", f -> f.put("branch", "Central"), "branch"));
        cases.add(feedback("a NUL in the text", f -> f.put("text", "Navbat\u0000uzun"), "text"));
        cases.add(feedback("an ANSI escape in the text", f -> f.put("text", "\u001b]0;pwned\u0007"), "text"));
        cases.add(feedback("a lone surrogate in the text", f -> f.put("text", "Navbat \udbff uzun"), "text"));
        cases.add(feedback("the reader's e-mail", f -> f.put("email", "reader@example.uz"), "email"));
        cases.add(feedback("a forged receivedAt", f -> f.put("receivedAt", "2020-01-01T00:00:00Z"), "receivedAt"));
        cases.add(HostileCase.of(GROUP, "plain text instead of JSON").post(Service.SURVEY, "/api/v1/feedback")
                .body("text/plain", Bodies.utf8("Navbat juda uzun")).expect(415).build());
        return cases;
    }

    private static HostileCase feedback(String name, Consumer<ObjectNode> change, String field) {
        return post(name, Bodies.bytes(with(change))).field(field).build();
    }

    private static HostileCase.Builder post(String name, byte[] body) {
        return HostileCase.of(GROUP, name).post(Service.SURVEY, "/api/v1/feedback").json(body);
    }

    private static ObjectNode with(Consumer<ObjectNode> change) {
        ObjectNode feedback = Bodies.feedback(UUID.randomUUID());
        change.accept(feedback);
        return feedback;
    }
}
