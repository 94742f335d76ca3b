package uz.fikr.survey.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uz.fikr.events.inbox.InboxItemChanged;
import uz.fikr.survey.web.InvalidRequestException;

/**
 * The dashboard moves an inbox item through the workflow (admin role). Answered with 202 and the change only once
 * Kafka has it; the same {@code changeId} sent again after a 503 or a lost answer is harmless.
 */
@RestController
class InboxController {

    private final InboxChangeRules rules;
    private final InboxChanges changes;
    private final Counter accepted;
    private final Counter rejected;

    InboxController(InboxChangeRules rules, InboxChanges changes, MeterRegistry registry) {
        this.rules = rules;
        this.changes = changes;
        this.accepted = Counter.builder("fikr.inbox.changes.accepted").register(registry);
        this.rejected = Counter.builder("fikr.inbox.changes.rejected").register(registry);
    }

    @PostMapping(path = "/api/v1/admin/inbox/{itemId}/changes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    InboxItemChanged change(@PathVariable String itemId, @RequestBody InboxChangeRequest request, Principal login) {
        InboxItemChanged change;
        try {
            change = rules.check(itemId, request, login.getName());
        } catch (InvalidRequestException e) {
            rejected.increment();
            throw e;
        }
        InboxItemChanged recorded = changes.record(change);
        accepted.increment();
        return recorded;
    }
}
