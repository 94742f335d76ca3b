package uz.fikr.analytics.ingest;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import uz.fikr.analytics.clickhouse.ClickHouse;
import uz.fikr.analytics.contacts.ContactStore;
import uz.fikr.analytics.contacts.ReceivedContact;
import uz.fikr.analytics.preagg.DayMarks;
import uz.fikr.analytics.survey.SurveyCatalog;
import uz.fikr.events.FeedbackSubmitted;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.events.inbox.InboxItemChanged;

/**
 * Stores decoded events, one insert per table per batch (ClickHouse wants few, large inserts). Each insert is
 * all-or-nothing; if the second fails after the first succeeded, the retried batch inserts both again and the
 * de-duplicating reads count each response once. Contacts go to their own table, through {@link ContactStore},
 * after the answers or feedback they belong to: never into the answers or feedback tables.
 */
@Component
class ClickHouseWriter {

    private final ClickHouse clickHouse;
    private final SurveyCatalog surveys;
    private final ContactStore contacts;
    private final DayMarks dayMarks;
    private final Clock clock;

    ClickHouseWriter(ClickHouse clickHouse, SurveyCatalog surveys, ContactStore contacts, DayMarks dayMarks,
            Clock clock) {
        this.dayMarks = dayMarks;
        this.clickHouse = clickHouse;
        this.surveys = surveys;
        this.contacts = contacts;
        this.clock = clock;
    }

    /**
     * Both inserts at once: the batch waits for the slower one, not for their sum. The answer rows, ten or so per
     * response, are encoded in {@link Slices} on all cores and sent as one insert. The days they change are marked
     * stale for pre-aggregation before, and done after ({@link DayMarks}).
     */
    void writeResponses(List<ResponseSubmitted> events) {
        if (events.isEmpty()) {
            return;
        }
        var now = clock.instant();
        RowBinary answers = RowBinary.concat(
                Slices.inParallel(events, slice -> ResponseRows.answers(slice, now, surveys::question)));
        RowBinary responses = ResponseRows.responses(events, now);
        DayMarks.Batch batch = dayMarks.started(events);
        try (var inserts = new StructuredInserts()) {
            if (answers.size() > 0) {
                inserts.run(() -> clickHouse.insertRowBinary("answers", ResponseRows.ANSWER_COLUMNS,
                        answers.stream()));
            }
            inserts.run(() -> clickHouse.insertRowBinary("responses", ResponseRows.RESPONSE_COLUMNS,
                    responses.stream()));
        }
        dayMarks.stored(batch);
        contacts.store(events.stream().filter(event -> event.contact() != null)
                .map(event -> new ReceivedContact(event.responseId(), ReceivedContact.Source.RESPONSE,
                        event.contact(), event.receivedAt()))
                .toList());
    }

    void writeFeedback(List<FeedbackSubmitted> events) {
        if (!events.isEmpty()) {
            clickHouse.insertJsonEachRow("feedback", Rows.feedback(events, clock.instant()));
        }
        contacts.store(events.stream().filter(event -> event.contact() != null)
                .map(event -> new ReceivedContact(event.feedbackId(), ReceivedContact.Source.FEEDBACK,
                        event.contact(), event.receivedAt()))
                .toList());
    }

    void writeInboxChanges(List<InboxItemChanged> events) {
        if (!events.isEmpty()) {
            clickHouse.insertJsonEachRow("inbox_changes", Rows.inboxChanges(events, clock.instant()));
        }
    }
}
