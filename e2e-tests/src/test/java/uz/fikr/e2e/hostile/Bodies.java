package uz.fikr.e2e.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Valid submissions to start each hostile variant from, and the raw material of hostile bodies. */
public final class Bodies {

    /** Marks where raw bytes go into a JSON text: see {@link #withRaw}. */
    public static final String RAW = "@@RAW@@";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Bodies() {}

    /** A valid answer to the demo survey: every required question, a profile, a comment. */
    public static ObjectNode demoResponse(UUID responseId) {
        ObjectNode response = JSON.createObjectNode();
        response.put("responseId", responseId.toString()).put("surveyId", "demo").put("surveyVersion", 1)
                .put("channel", "qr").put("branch", "central");
        response.putObject("respondent").put("readerGroup", "student").put("ageBand", "18_24");
        response.putObject("answers").put("satisfaction", 4).put("recommend", 9).put("visited_service", "lending")
                .put("comment", "Rahmat");
        return response;
    }

    /** A valid answer to {@link HostileSurveys#SKIP}: satisfied, borrowed books, so nothing more is asked. */
    public static ObjectNode skipResponse(UUID responseId) {
        ObjectNode response = JSON.createObjectNode();
        response.put("responseId", responseId.toString()).put("surveyId", HostileSurveys.SKIP)
                .put("surveyVersion", 1);
        response.putObject("answers").put("satisfaction", 4).put("visited", "lending").put("room_light", 3)
                .put("room_quiet", 4);
        return response;
    }

    /** A valid complaint, in Russian, about lending at the central library. */
    public static ObjectNode feedback(UUID feedbackId) {
        ObjectNode feedback = JSON.createObjectNode();
        feedback.put("feedbackId", feedbackId.toString()).put("category", "complaint").put("serviceArea", "lending")
                .put("channel", "web").put("branch", "central").put("language", "ru")
                .put("text", "Очередь на абонементе слишком длинная");
        return feedback;
    }

    public static ObjectNode answers(ObjectNode response) {
        return (ObjectNode) response.get("answers");
    }

    public static byte[] bytes(ObjectNode json) {
        return JSON.writeValueAsBytes(json);
    }

    /** The JSON text of {@code json} with every {@link #RAW} (written as a string value) replaced by raw bytes. */
    public static byte[] withRaw(ObjectNode json, byte[] raw) {
        byte[] text = bytes(json);
        byte[] marker = ("\"" + RAW + "\"").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length; i++) {
            if (startsWith(text, i, marker)) {
                out.writeBytes(raw);
                i += marker.length - 1;
            } else {
                out.write(text[i]);
            }
        }
        return out.toByteArray();
    }

    /** {@code "<start>" + raw bytes + "<end>"} as the bytes of one JSON string. */
    public static byte[] string(String start, byte[] raw, String end) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("\"" + start).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(raw);
        out.writeBytes((end + "\"").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** {@code depth} arrays inside each other: {@code [[[…]]]}. */
    public static byte[] nestedArrays(int depth) {
        return ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.US_ASCII);
    }

    /** {@code depth} objects inside each other: {@code {"a":{"a":…{}}}}. */
    public static byte[] nestedObjects(int depth) {
        return ("{\"a\":".repeat(depth) + "{}" + "}".repeat(depth)).getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A body sent with {@code Transfer-Encoding: chunked}, in chunks of 8 KiB, with its closing empty chunk. */
    public static byte[] chunked(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int at = 0; at < body.length; at += 8192) {
            int length = Math.min(8192, body.length - at);
            out.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, at, length);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static boolean startsWith(byte[] data, int at, byte[] prefix) {
        if (at + prefix.length > data.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
