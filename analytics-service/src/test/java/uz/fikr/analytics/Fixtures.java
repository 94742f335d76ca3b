package uz.fikr.analytics;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uz.fikr.events.AnswerValue;
import uz.fikr.events.Channel;
import uz.fikr.events.FeedbackCategory;
import uz.fikr.events.FeedbackSubmitted;
import uz.fikr.events.Respondent;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.events.inbox.InboxItemChanged;
import uz.fikr.events.inbox.InboxStatus;
import uz.fikr.events.inbox.YouSaidWeDid;

/** Small builders of events for tests. */
public final class Fixtures {

    private Fixtures() {}

    /** A response to the demo survey with the given satisfaction rating. */
    public static ResponseSubmitted demoResponse(UUID responseId, int satisfaction) {
        Map<String, AnswerValue> answers = new LinkedHashMap<>();
        answers.put("satisfaction", new AnswerValue.Number(satisfaction));
        answers.put("recommend", new AnswerValue.Number(9));
        answers.put("visited_service", new AnswerValue.Text("reading_room"));
        answers.put("comment", new AnswerValue.Text("Oʻquv zalida joy yetishmaydi"));
        return new ResponseSubmitted(ResponseSubmitted.SCHEMA_VERSION, responseId, "demo", 1,
                Instant.parse("2026-11-29T09:30:00.250Z"), Channel.QR, "chilonzor",
                new Respondent("student", "18_24", Map.of()), answers);
    }

    public static FeedbackSubmitted feedback(UUID feedbackId, String text) {
        return new FeedbackSubmitted(FeedbackSubmitted.SCHEMA_VERSION, feedbackId,
                Instant.parse("2026-11-29T09:30:00Z"), Channel.WEB, "central", FeedbackCategory.SUGGESTION,
                "reading_rooms", "uz-Latn", text);
    }

    /** Staff moved an inbox item: a new change id each time, by "aziza". */
    public static InboxItemChanged inboxChange(String itemId, InboxStatus status, String assignee, String note,
            @Nullable YouSaidWeDid publicEntry, Instant changedAt) {
        return new InboxItemChanged(InboxItemChanged.SCHEMA_VERSION, UUID.randomUUID(), itemId, status, assignee,
                note, publicEntry, "aziza", changedAt);
    }
}
