package uz.fikr.analytics.inbox;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import uz.fikr.events.inbox.InboxStatus;
import uz.fikr.events.inbox.YouSaidWeDid;

/**
 * A reader's comment or piece of online feedback in the inbox, with where it stands. {@code text} is exactly what the
 * reader wrote: show it as text, never as HTML.
 *
 * @param source {@code feedback} or {@code answer}
 * @param receivedAt when the first copy arrived (answers to the second)
 * @param surveyId the survey, version and question answered; null for online feedback
 * @param readerGroup the reader's self-reported group; null for online feedback or when the reader gave none
 * @param serviceArea what the comment is about, null when the reader or the question named nothing
 * @param category complaint, suggestion, praise or question; null for survey answers, which have none
 * @param language the language the reader wrote in; null for survey answers, which do not record it
 * @param status {@code NEW} until staff change it
 * @param assignee who works on it, empty when nobody does
 * @param note the staff's internal note, empty when there is none
 * @param publicEntry the "you said, we did" entry written from the item, null when there is none
 * @param changedBy who made the latest change; null (as is {@code changedAt}) for an item never changed
 */
public record InboxItem(String itemId, String source, Instant receivedAt, @Nullable String surveyId,
        @Nullable Integer surveyVersion, @Nullable String questionId, String channel, String branch,
        @Nullable String readerGroup, @Nullable String serviceArea, @Nullable String category,
        @Nullable String language, String text, InboxStatus status, String assignee, String note,
        @Nullable YouSaidWeDid publicEntry, @Nullable String changedBy, @Nullable Instant changedAt) {}
