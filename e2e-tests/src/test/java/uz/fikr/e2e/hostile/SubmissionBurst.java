package uz.fikr.e2e.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uz.fikr.e2e.hostile.HostileCase.Service;
import uz.fikr.testsupport.RawHttp.Header;
import uz.fikr.testsupport.Reply;

/**
 * One client address sending submissions as fast as it can: first refused ones (an unknown survey) until the rate
 * limit answers 429, then valid responses and an incomplete reader's form while the bucket is empty. A token that
 * refills meanwhile lets a valid response through (202); the others get 429.
 *
 * @param sent submissions sent until the first 429
 * @param firstRefusal that 429, or null when none came
 * @param acknowledged valid responses let through afterwards
 * @param limited valid responses refused with 429 afterwards
 * @param form the last answer to the reader's form: 429 once the limit holds
 */
public record SubmissionBurst(int sent, @Nullable Reply firstRefusal, List<UUID> acknowledged, List<UUID> limited,
        @Nullable Reply form) {

    private static final int MORE = 30;

    public static SubmissionBurst from(FikrStack stack, int atMost) {
        byte[] unknownSurvey = Bodies.bytes(Bodies.demoResponse(UUID.randomUUID()).put("surveyId", "no-such-survey"));
        Reply refusal = null;
        int sent = 0;
        while (refusal == null && sent < atMost) {
            // a forged X-Forwarded-For must not buy a fresh bucket: the service does not trust it here
            Reply reply = stack.send(Service.SURVEY, "POST", "/api/v1/responses", unknownSurvey,
                    Header.of("X-Forwarded-For", "198.51.100." + (sent % 250)));
            sent++;
            if (reply.status() == 429) {
                refusal = reply;
            } else {
                assertThat(reply.status()).as(reply.text()).isEqualTo(400);
            }
        }
        List<UUID> acknowledged = new ArrayList<>();
        List<UUID> limited = new ArrayList<>();
        for (int i = 0; i < MORE && limited.size() < 3; i++) {
            UUID id = UUID.randomUUID();
            Reply reply = stack.send(Service.SURVEY, "POST", "/api/v1/responses",
                    Bodies.bytes(Bodies.demoResponse(id)));
            assertThat(reply.status()).as(reply.text()).isIn(202, 429);
            (reply.status() == 202 ? acknowledged : limited).add(id);
        }
        Reply form = null;
        for (int i = 0; i < MORE && (form == null || form.status() != 429); i++) {
            // incomplete: were it let through, it would be refused (400), never published
            byte[] fields = ReaderForm.open(stack, "demo").with(Map.of("a.recommend", "10"))
                    .getBytes(StandardCharsets.UTF_8);
            form = stack.send(Service.SURVEY, "POST", "/s/demo?lang=en", fields,
                    Header.of("Content-Type", "application/x-www-form-urlencoded"));
            assertThat(form.status()).isIn(400, 429);
        }
        return new SubmissionBurst(sent, refusal, acknowledged, limited, form);
    }
}
