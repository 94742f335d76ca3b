package uz.fikr.e2e.hostile;

import static uz.fikr.e2e.hostile.Bodies.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;
import uz.fikr.e2e.hostile.HostileCase.Service;

/**
 * Sizes: texts and ids longer than any survey allows (400, naming the field) and bodies larger than the 64 KiB the
 * service takes (413, before anything reads them), whether announced by Content-Length or sent chunked.
 */
final class LimitCases {

    static final String GROUP = "limits";
    private static final int LIMIT = 64 * 1024;
    private static final String EMOJI = "\uD83D\uDCDA";

    private LimitCases() {}

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        longStrings(cases);
        largeBodies(cases);
        return cases;
    }

    private static void longStrings(List<HostileCase> cases) {
        cases.add(demo("a comment of 2,001 characters", r -> answers(r).put("comment", "x".repeat(2_001)),
                "answers.comment"));
        cases.add(demo("a comment of 2,001 emoji", r -> answers(r).put("comment", EMOJI.repeat(2_001)),
                "answers.comment"));
        cases.add(demo("a comment of 60,000 characters", r -> answers(r).put("comment", "x".repeat(60_000)),
                "answers.comment"));
        cases.add(demo("a survey id of 10,000 characters", r -> r.put("surveyId", "d".repeat(10_000)), "surveyId"));
        cases.add(demo("a branch of 65 characters", r -> r.put("branch", "b".repeat(65)), "branch"));
        cases.add(demo("a response id of 60,000 characters", r -> r.put("responseId", "f".repeat(60_000)),
                "responseId"));
        cases.add(demo("a channel of 10,000 characters", r -> r.put("channel", "q".repeat(10_000)), "channel"));
        cases.add(demo("an option id of 10,000 characters", r -> answers(r).put("visited_service", "l".repeat(10_000)),
                "answers.visited_service"));
        String longQuestion = "q".repeat(10_000);
        cases.add(demo("a question id of 10,000 characters", r -> answers(r).put(longQuestion, 5),
                "answers." + longQuestion));
        cases.add(demo("a reader group of 10,000 characters",
                r -> ((ObjectNode) r.get("respondent")).put("readerGroup", "s".repeat(10_000)),
                "respondent.readerGroup"));
        cases.add(feedback("feedback of 4,001 characters", r -> r.put("text", "x".repeat(4_001)), "text"));
        cases.add(feedback("a feedback category of 10,000 characters", r -> r.put("category", "c".repeat(10_000)),
                "category"));
    }

    private static void largeBodies(List<HostileCase> cases) {
        cases.add(tooLarge("a response of 64 KiB and one byte", "/api/v1/responses", "application/json",
                sized(LIMIT + 1)));
        cases.add(tooLarge("a response of 1 MiB", "/api/v1/responses", "application/json", sized(1024 * 1024)));
        cases.add(tooLarge("feedback of 100 KiB", "/api/v1/feedback", "application/json",
                Bodies.bytes(Bodies.feedback(UUID.randomUUID()).put("text", "x".repeat(100 * 1024)))));
        cases.add(tooLarge("a reader's form of 100 KiB", "/s/demo", "application/x-www-form-urlencoded",
                Bodies.utf8("a.comment=" + "x".repeat(100 * 1024))));
        cases.add(HostileCase.of(GROUP, "a survey of 100 KiB from an admin").post(Service.SURVEY,
                        "/api/v1/admin/surveys").basic(FikrStack.ADMIN, "not-checked-before-the-size")
                .json(Bodies.utf8("{\"id\": \"big\", \"title\": {\"uz-Latn\": \"" + "x".repeat(100 * 1024) + "\"}}"))
                .expect(413).build());
        cases.add(chunked("a chunked response of 100 KiB", "/api/v1/responses", "application/json",
                sized(100 * 1024)));
        cases.add(chunked("chunked feedback of 70 KiB", "/api/v1/feedback", "application/json",
                Bodies.bytes(Bodies.feedback(UUID.randomUUID()).put("text", "x".repeat(70 * 1024)))));
    }

    /** A valid-looking response of exactly {@code size} bytes: the comment pads it. */
    private static byte[] sized(int size) {
        ObjectNode response = Bodies.demoResponse(UUID.randomUUID());
        int without = Bodies.bytes(response).length - "Rahmat".length();
        answers(response).put("comment", "x".repeat(size - without));
        byte[] body = Bodies.bytes(response);
        if (body.length != size) {
            throw new IllegalStateException("Padded to " + body.length + " bytes, not " + size);
        }
        return body;
    }

    private static HostileCase tooLarge(String name, String path, String contentType, byte[] body) {
        return HostileCase.of(GROUP, name).post(Service.SURVEY, path).body(contentType, body).expect(413).build();
    }

    private static HostileCase chunked(String name, String path, String contentType, byte[] body) {
        return HostileCase.of(GROUP, name).post(Service.SURVEY, path).rawHeader("Host: 127.0.0.1")
                .rawHeader("Connection: close").rawHeader("Content-Type: " + contentType)
                .rawHeader("Transfer-Encoding: chunked").unframed(Bodies.chunked(body)).expect(413).build();
    }

    private static HostileCase demo(String name, Consumer<ObjectNode> change, String field) {
        ObjectNode response = Bodies.demoResponse(UUID.randomUUID());
        change.accept(response);
        return HostileCase.of(GROUP, name).post(Service.SURVEY, "/api/v1/responses").json(Bodies.bytes(response))
                .field(field).build();
    }

    private static HostileCase feedback(String name, Consumer<ObjectNode> change, String field) {
        ObjectNode feedback = Bodies.feedback(UUID.randomUUID());
        change.accept(feedback);
        return HostileCase.of(GROUP, name).post(Service.SURVEY, "/api/v1/feedback").json(Bodies.bytes(feedback))
                .field(field).build();
    }
}
