package uz.fikr.analytics.inbox;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The id of an inbox item: {@code feedback:<feedbackId>} for a piece of online feedback,
 * {@code answer:<responseId>:<questionId>} for a reader's free-text answer in a survey response. Ids are compared in
 * their canonical form, with the UUID in lower case as ClickHouse writes it.
 */
public sealed interface ItemId {

    String UUID_TEXT = "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})";
    Pattern FEEDBACK = Pattern.compile("feedback:" + UUID_TEXT);
    Pattern ANSWER = Pattern.compile("answer:" + UUID_TEXT + ":([a-zA-Z0-9_][a-zA-Z0-9_.-]{0,127})");

    /** What the API says when an id has neither form. */
    String FORMS = "must be feedback:<feedbackId> or answer:<responseId>:<questionId>, the ids being UUIDs";

    /** The canonical text of the id. */
    String text();

    record Feedback(UUID feedbackId) implements ItemId {
        @Override
        public String text() {
            return "feedback:" + feedbackId;
        }
    }

    record Answer(UUID responseId, String questionId) implements ItemId {
        @Override
        public String text() {
            return "answer:" + responseId + ":" + questionId;
        }
    }

    /** The id, when the text has one of the two forms. */
    static Optional<ItemId> parse(String text) {
        Matcher feedback = FEEDBACK.matcher(text);
        if (feedback.matches()) {
            return Optional.of(new Feedback(UUID.fromString(feedback.group(1))));
        }
        Matcher answer = ANSWER.matcher(text);
        if (answer.matches()) {
            return Optional.of(new Answer(UUID.fromString(answer.group(1)), answer.group(2)));
        }
        return Optional.empty();
    }
}
