package uz.fikr.e2e.hostile;

import static uz.fikr.e2e.hostile.Bodies.RAW;
import static uz.fikr.e2e.hostile.Bodies.answers;
import static uz.fikr.e2e.hostile.Bodies.utf8;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;
import uz.fikr.e2e.hostile.HostileCase.Service;

/**
 * {@code POST /api/v1/responses} with bodies that are broken as JSON or as text: malformed and truncated JSON,
 * wrong types, huge numbers, deep nesting, invalid UTF-8 and control characters. Each is refused with 400 and,
 * where the JSON could be read, the problem names the field.
 */
final class ResponseSyntaxCases {

    static final String GROUP = "responses: syntax";

    private ResponseSyntaxCases() {}

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        malformed(cases);
        wrongTypes(cases);
        hugeNumbers(cases);
        nesting(cases);
        invalidUtf8(cases);
        controlCharacters(cases);
        return cases;
    }

    private static void malformed(List<HostileCase> cases) {
        byte[] valid = Bodies.bytes(Bodies.demoResponse(UUID.randomUUID()));
        String text = new String(valid, StandardCharsets.UTF_8);
        cases.add(post("an empty body", new byte[0]).build());
        cases.add(post("a lone opening brace", utf8("{")).build());
        cases.add(post("a valid response cut off halfway", Arrays.copyOf(valid, valid.length / 2)).build());
        cases.add(post("a response cut off inside a string", utf8(text.substring(0, text.indexOf("Rahm") + 4)))
                .build());
        cases.add(post("a member without a value", utf8("{\"responseId\": }")).build());
        cases.add(post("a trailing comma", utf8(text.substring(0, text.length() - 1) + ",}")).build());
        cases.add(post("single-quoted names and strings", utf8("{'surveyId': 'demo', 'surveyVersion': 1}")).build());
        cases.add(post("a missing comma between members", utf8("{\"surveyId\": \"demo\" \"surveyVersion\": 1}"))
                .build());
        cases.add(post("an unterminated string", utf8("{\"surveyId\": \"demo")).build());
        cases.add(post("a comment before the body", utf8("/* reader */ " + text)).build());
        cases.add(post("NaN as a rating", utf8(text.replace("\"satisfaction\":4", "\"satisfaction\":NaN"))).build());
        cases.add(post("Infinity as a rating", utf8(text.replace("\"satisfaction\":4", "\"satisfaction\":Infinity")))
                .build());
        cases.add(post("the JSON literal null", utf8("null")).build());
        cases.add(post("an array instead of an object", utf8("[]")).build());
        cases.add(post("a bare string", utf8("\"demo\"")).build());
        cases.add(post("a bare number", utf8("42")).build());
        cases.add(post("a second document after the response", utf8(text + "{\"responseId\": \"x\"}")).build());
        cases.add(post("form fields sent as JSON", utf8("surveyId=demo&satisfaction=5")).build());
        cases.add(post("XML sent as JSON", utf8("<response><surveyId>demo</surveyId></response>")).build());
        cases.add(HostileCase.of(GROUP, "a Content-Length shorter than the body").post(Service.SURVEY,
                        "/api/v1/responses").rawHeader("Host: 127.0.0.1").rawHeader("Connection: close")
                .rawHeader("Content-Type: application/json").rawHeader("Content-Length: 40").unframed(valid).build());
    }

    private static void wrongTypes(List<HostileCase> cases) {
        cases.add(demo("a number as the response id", r -> r.put("responseId", 12345), "responseId"));
        cases.add(demo("a response id that is not a UUID", r -> r.put("responseId", "not-a-uuid"), "responseId"));
        cases.add(demo("an object as the response id", r -> r.putObject("responseId").put("id", "x"), "responseId"));
        cases.add(demo("a query operator as the survey id", r -> r.putObject("surveyId").putNull("$ne"),
                "surveyId"));
        cases.add(demo("a list as the survey id", r -> r.putArray("surveyId").add("demo"), "surveyId"));
        cases.add(demo("a word as the version", r -> r.put("surveyVersion", "one"), "surveyVersion"));
        cases.add(demo("SQL as the version", r -> r.put("surveyVersion", "1; DROP TABLE fikr.responses"),
                "surveyVersion"));
        cases.add(demo("a list as the version", r -> r.putArray("surveyVersion").add(1), "surveyVersion"));
        cases.add(demo("a list as the answers", r -> r.putArray("answers"), "answers"));
        cases.add(demo("a string as the answers", r -> r.put("answers", "satisfaction=5"), "answers"));
        cases.add(demo("a string as the respondent", r -> r.put("respondent", "student"), "respondent"));
        cases.add(demo("one string as the accessibility needs",
                r -> ((ObjectNode) r.get("respondent")).put("accessibilityNeeds", "large_print"),
                "respondent.accessibilityNeeds"));
        cases.add(demo("an object as the branch", r -> r.putObject("branch").put("name", "central"), "branch"));
        cases.add(demo("a list as the channel", r -> r.putArray("channel").add("qr"), "channel"));
        cases.add(demo("a rating as a string", r -> answers(r).put("satisfaction", "4"), "answers.satisfaction"));
        cases.add(demo("a rating as a boolean", r -> answers(r).put("satisfaction", true), "answers.satisfaction"));
        cases.add(demo("a rating as an object", r -> answers(r).putObject("satisfaction").put("value", 4),
                "answers.satisfaction"));
        cases.add(demo("a rating as a list", r -> answers(r).putArray("satisfaction").add(4),
                "answers.satisfaction"));
        cases.add(demo("a number as a single choice", r -> answers(r).put("visited_service", 2),
                "answers.visited_service"));
        cases.add(demo("a list as a single choice", r -> answers(r).putArray("visited_service").add("lending"),
                "answers.visited_service"));
        cases.add(demo("a number as free text", r -> answers(r).put("comment", 42), "answers.comment"));
        cases.add(demo("a list as free text", r -> answers(r).putArray("comment").add("Rahmat"), "answers.comment"));
        cases.add(demo("an object as free text", r -> answers(r).putObject("comment").put("text", "Rahmat"),
                "answers.comment"));
    }

    private static void hugeNumbers(List<HostileCase> cases) {
        String[][] versions = {{"99999999999999999999"}, {"1e309"}, {"2147483648"}, {"-1"}, {"0"}};
        for (String[] version : versions) {
            cases.add(raw("version " + version[0], r -> r.put("surveyVersion", RAW), version[0], "surveyVersion"));
        }
        String[][] ratings = {{"satisfaction", "1e309"}, {"satisfaction", "-1e309"},
            {"satisfaction", "99999999999999999999"}, {"satisfaction", "4.5"}, {"satisfaction", "1e-400"},
            {"satisfaction", "6"}, {"satisfaction", "0"}, {"satisfaction", "-4"}, {"recommend", "1E+2"},
            {"recommend", "11"}, {"recommend", "-1"}, {"recommend", "9.999999999"}};
        for (String[] rating : ratings) {
            cases.add(raw(rating[0] + " " + rating[1], r -> answers(r).put(rating[0], RAW), rating[1],
                    "answers." + rating[0]));
        }
        cases.add(post("a rating of 2,000 digits", Bodies.withRaw(with(r -> answers(r).put("satisfaction", RAW)),
                utf8("1" + "0".repeat(1999)))).build());
    }

    private static void nesting(List<HostileCase> cases) {
        for (int depth : new int[] {10_000, 1_000}) {
            cases.add(post("a comment nested " + depth + " arrays deep", Bodies.withRaw(
                    with(r -> answers(r).put("comment", RAW)), Bodies.nestedArrays(depth))).build());
        }
        cases.add(post("a comment nested 100 arrays deep", Bodies.withRaw(with(r -> answers(r).put("comment", RAW)),
                Bodies.nestedArrays(100))).field("answers.comment").build());
        cases.add(post("a respondent nested 10,000 objects deep", Bodies.withRaw(
                with(r -> r.put("respondent", RAW)), Bodies.nestedObjects(10_000))).build());
        cases.add(post("a body of 10,000 nested arrays", Bodies.nestedArrays(10_000)).build());
        cases.add(post("a body of 30,000 nested arrays", Bodies.nestedArrays(30_000)).build());
    }

    private static void invalidUtf8(List<HostileCase> cases) {
        int[][] sequences = {{0xFF}, {0xC0, 0xAF}, {0xE2, 0x82}, {0xED, 0xA0, 0x80}, {0xF8, 0x88, 0x80, 0x80, 0x80},
            {0x80}, {0xE9}};
        String[] names = {"the byte FF", "an overlong slash", "a truncated euro sign", "an encoded surrogate",
            "a five-byte sequence", "a lone continuation byte", "a Latin-1 é"};
        for (int i = 0; i < sequences.length; i++) {
            byte[] raw = new byte[sequences[i].length];
            for (int j = 0; j < raw.length; j++) {
                raw[j] = (byte) sequences[i][j];
            }
            cases.add(post("invalid UTF-8 in a comment: " + names[i], Bodies.withRaw(
                    with(r -> answers(r).put("comment", RAW)), Bodies.string("Rahmat ", raw, "!"))).build());
        }
        byte[] name = Bodies.string("satis", new byte[] {(byte) 0xFF}, "faction");
        cases.add(post("invalid UTF-8 in a member name",
                concat(utf8("{\"surveyId\": \"demo\", \"answers\": {"), name, utf8(": 4}}"))).build());
    }

    private static void controlCharacters(List<HostileCase> cases) {
        String[][] comments = {{"a NUL", "Rahmat\u0000"}, {"an ANSI escape", "\u001b[31mqizil\u001b[0m"},
            {"DEL", "Rahmat\u007f"}, {"a C1 next-line", "Rahmat\u0085"}, {"a bell", "Rahmat\u0007"},
            {"a lone high surrogate", "Rahmat \ud800"}, {"a lone low surrogate", "Rahmat \udfff"},
            {"a backspace", "Rahmat\b\b\b"}};
        for (String[] comment : comments) {
            cases.add(demo(comment[0] + " in free text", r -> answers(r).put("comment", comment[1]),
                    "answers.comment"));
        }
        cases.add(post("a raw NUL byte inside a string", Bodies.withRaw(with(r -> answers(r).put("comment", RAW)),
                Bodies.string("Rah", new byte[] {0}, "mat"))).build());
        cases.add(demo("a NUL in the survey id", r -> r.put("surveyId", "demo\u0000"), "surveyId"));
        cases.add(demo("a line break in the branch", r -> r.put("branch", "central\n"), "branch"));
        cases.add(demo("a NUL in the branch", r -> r.put("branch", "central\u0000"), "branch"));
        cases.add(demo("a NUL in the reader group",
                r -> ((ObjectNode) r.get("respondent")).put("readerGroup", "student\u0000"),
                "respondent.readerGroup"));
        cases.add(demo("CR LF in the channel", r -> r.put("channel", "qr\r\n"), "channel"));
    }

    private static HostileCase.Builder post(String name, byte[] body) {
        return HostileCase.of(GROUP, name).post(Service.SURVEY, "/api/v1/responses").json(body);
    }

    private static HostileCase demo(String name, Consumer<ObjectNode> change, String field) {
        return post(name, Bodies.bytes(with(change))).field(field).build();
    }

    private static HostileCase raw(String name, Consumer<ObjectNode> marker, String token, String field) {
        return post(name, Bodies.withRaw(with(marker), utf8(token))).field(field).build();
    }

    private static ObjectNode with(Consumer<ObjectNode> change) {
        ObjectNode response = Bodies.demoResponse(UUID.randomUUID());
        change.accept(response);
        return response;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
