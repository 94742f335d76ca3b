package uz.fikr.e2e.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uz.fikr.e2e.hostile.HostileCase.Service;
import uz.fikr.testsupport.RawHttp;
import uz.fikr.testsupport.RawHttp.Header;
import uz.fikr.testsupport.Reply;

/**
 * The surveys the corpus needs besides the demo ones, made through the admin API as a librarian would: one with
 * skip logic (published, with a newer draft version), one answered by invitation only, one closed and one that is
 * only a draft. Also an invitation token issued for another survey than the one it is used on.
 */
public final class HostileSurveys {

    public static final String SKIP = "hostile-skip";
    public static final String INVITE = "hostile-invite";
    public static final String CLOSED = "hostile-closed";
    public static final String DRAFT = "hostile-draft";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String foreignToken;

    private HostileSurveys(String foreignToken) {
        this.foreignToken = foreignToken;
    }

    public static HostileSurveys create(FikrStack stack) {
        String skipLogic = resource("/hostile/skip-logic-survey.json");
        admin(stack, "POST", "/api/v1/admin/surveys", skipLogic, 201);
        admin(stack, "POST", "/api/v1/admin/surveys/" + SKIP + "/publish", "", 200);
        admin(stack, "PUT", "/api/v1/admin/surveys/" + SKIP + "/draft", skipLogic, 200);
        ObjectNode invitationOnly = (ObjectNode) JSON.readTree(skipLogic);
        invitationOnly.put("id", INVITE).put("invitationOnly", true);
        admin(stack, "POST", "/api/v1/admin/surveys", invitationOnly.toString(), 201);
        admin(stack, "POST", "/api/v1/admin/surveys/" + INVITE + "/publish", "", 200);
        admin(stack, "POST", "/api/v1/admin/surveys/from-template",
                "{\"template\": \"quick-satisfaction\", \"id\": \"" + CLOSED + "\", \"publish\": true}", 201);
        admin(stack, "POST", "/api/v1/admin/surveys/" + CLOSED + "/close", "", 200);
        admin(stack, "POST", "/api/v1/admin/surveys/from-template",
                "{\"template\": \"quick-satisfaction\", \"id\": \"" + DRAFT + "\"}", 201);
        Reply invitations = admin(stack, "POST", "/api/v1/admin/surveys/" + SKIP + "/invitations",
                "{\"count\": 1}", 200);
        String token = JSON.readTree(invitations.body()).get("links").get(0).get("token").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> List.of(SKIP, INVITE).stream().allMatch(survey ->
                stack.send(Service.ANALYTICS, "GET", "/api/v1/surveys/" + survey + "/stats", new byte[0])
                        .status() == 200));
        return new HostileSurveys(token);
    }

    /** A genuine invitation token, issued for {@link #SKIP}: on any other survey it must be refused. */
    public String foreignToken() {
        return foreignToken;
    }

    private static Reply admin(FikrStack stack, String method, String path, String json, int expected) {
        List<Header> headers = List.of(Header.of("Content-Type", "application/json"),
                Header.of("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (FikrStack.ADMIN + ":" + stack.password()).getBytes(StandardCharsets.UTF_8))));
        Reply reply = RawHttp.exchange(stack.url(Service.SURVEY), method, path, headers,
                json.getBytes(StandardCharsets.UTF_8), true);
        assertThat(reply.status()).as(method + " " + path + ": " + reply.text()).isEqualTo(expected);
        return reply;
    }

    private static String resource(String name) {
        try (InputStream in = HostileSurveys.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
