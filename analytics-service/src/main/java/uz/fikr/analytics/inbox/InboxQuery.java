package uz.fikr.analytics.inbox;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uz.fikr.events.FeedbackCategory;
import uz.fikr.events.inbox.InboxStatus;

/**
 * A checked request for inbox items. Dates are whole days in the library's time zone, both inclusive; an absent
 * filter does not restrict.
 *
 * @param surveyId survey answers only: with a survey, online feedback is left out
 * @param category online feedback only: with a category, survey answers are left out
 * @param source null for both sources
 * @param status the item's latest state; an item never changed is {@code NEW}
 * @param q a piece of the text, found whatever its case
 */
record InboxQuery(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String surveyId,
        @Nullable String branch, @Nullable String channel, @Nullable String serviceArea,
        @Nullable FeedbackCategory category, @Nullable ItemSource source, @Nullable InboxStatus status,
        @Nullable String assignee, @Nullable String q, Paging paging) {

    /** Every item, the first page. */
    static final InboxQuery ALL = new InboxQuery(null, null, null, null, null, null, null, null, null, null, null,
            Paging.FIRST);

    boolean readsFeedback() {
        return source != ItemSource.ANSWER && surveyId == null;
    }

    /** Survey answers have no category, so a category filter leaves them out. */
    boolean readsAnswers() {
        return source != ItemSource.FEEDBACK && category == null;
    }
}
