package uz.fikr.analytics.contacts;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Everything Fikr holds under one id, for the reader who received it: the contact (unless erased), when its
 * erasure was asked for, and the response (with its answers) or the piece of feedback stored under that id.
 */
record PrivacyExport(UUID id, @Nullable HeldContact contact, @Nullable Instant contactErasureRequestedAt,
        @Nullable StoredResponse response, @Nullable StoredFeedback feedback) {

    boolean holdsAnything() {
        return contact != null || contactErasureRequestedAt != null || response != null || feedback != null;
    }

    /** @param source whether the id is a response's or a piece of feedback's */
    record HeldContact(String source, @Nullable String name, @Nullable String email, @Nullable String phone,
            boolean consent, Instant receivedAt) {

        @Override
        public String toString() {
            return "HeldContact[details withheld]";
        }
    }

    /**
     * @param answers by question id: a number, a text, a list of option ids, {@code {minimum, desired, perceived}}
     *     or {@code "na"}
     */
    record StoredResponse(String surveyId, int surveyVersion, Instant receivedAt, String channel, String branch,
            @Nullable String readerGroup, @Nullable String ageBand, @Nullable String enteredBy,
            Map<String, Object> answers) {}

    record StoredFeedback(Instant receivedAt, String channel, String branch, String category,
            @Nullable String serviceArea, String language, String text) {}
}
