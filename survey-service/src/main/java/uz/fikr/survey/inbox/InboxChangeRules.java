package uz.fikr.survey.inbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uz.fikr.events.inbox.InboxItemChanged;
import uz.fikr.events.inbox.InboxStatus;
import uz.fikr.events.inbox.YouSaidWeDid;
import uz.fikr.survey.form.ReaderLanguage;
import uz.fikr.survey.inbox.InboxChangeRequest.Entry;
import uz.fikr.survey.web.FieldError;
import uz.fikr.survey.web.InvalidRequestException;
import uz.fikr.survey.web.SubmissionFields;

/** Checks a change to an inbox item and turns it into the event to publish; refuses it whole on any problem. */
@Component
class InboxChangeRules {

    static final int MAX_NAME = 100;
    static final int MAX_NOTE = 2000;
    static final int MAX_ENTRY_TEXT = 1000;
    /** The languages entries are written in: the readers' languages, by their tags. */
    static final Set<String> LANGUAGES = Arrays.stream(ReaderLanguage.values()).map(ReaderLanguage::tag)
            .collect(Collectors.toUnmodifiableSet());
    private static final String UUID_TEXT = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    /** {@code feedback:<feedbackId>} or {@code answer:<responseId>:<questionId>}, as analytics names them. */
    private static final Pattern ITEM_ID = Pattern.compile(
            "feedback:" + UUID_TEXT + "|answer:" + UUID_TEXT + ":[a-z][a-z0-9_]{0,63}(\\.other)?");

    private final Clock clock;

    InboxChangeRules(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param login the name the dashboard logged in with, recorded when the change names no user
     * @throws InvalidRequestException with one error per refused field
     */
    InboxItemChanged check(String itemId, InboxChangeRequest request, String login) {
        List<FieldError> errors = new ArrayList<>();
        if (!ITEM_ID.matcher(itemId).matches()) {
            errors.add(FieldError.of("itemId", "inbox.item.invalid"));
        }
        InboxStatus status = status(request.status(), errors);
        String assignee = text("assignee", request.assignee(), MAX_NAME, false, errors);
        String note = text("note", request.note(), MAX_NOTE, false, errors);
        String changedBy = text("changedBy", request.changedBy(), MAX_NAME, false, errors);
        YouSaidWeDid entry = request.publicEntry() == null ? null : entry(request.publicEntry(), status, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new InboxItemChanged(InboxItemChanged.SCHEMA_VERSION,
                request.changeId() == null ? UUID.randomUUID() : request.changeId(), itemId, status, assignee, note,
                entry, changedBy.isEmpty() ? login : changedBy, clock.instant());
    }

    private static @Nullable InboxStatus status(@Nullable String status, List<FieldError> errors) {
        if (status == null || status.isBlank()) {
            errors.add(FieldError.of("status", "inbox.status.required"));
            return null;
        }
        Optional<InboxStatus> known = Arrays.stream(InboxStatus.values())
                .filter(candidate -> candidate.name().equals(status)).findFirst();
        if (known.isEmpty()) {
            errors.add(FieldError.of("status", "inbox.status.invalid"));
        }
        return known.orElse(null);
    }

    private static YouSaidWeDid entry(Entry entry, @Nullable InboxStatus status, List<FieldError> errors) {
        if (status != null && status != InboxStatus.RESOLVED) {
            errors.add(FieldError.of("publicEntry", "inbox.entry.resolved-only"));
        }
        String youSaid = text("publicEntry.youSaid", entry.youSaid(), MAX_ENTRY_TEXT, true, errors);
        String weDid = text("publicEntry.weDid", entry.weDid(), MAX_ENTRY_TEXT, true, errors);
        String language = entry.language() == null ? ReaderLanguage.UZ_LATN.tag() : entry.language();
        if (!LANGUAGES.contains(language)) {
            errors.add(FieldError.of("publicEntry.language", "inbox.language.invalid"));
        }
        if (entry.published() == null) {
            errors.add(FieldError.of("publicEntry.published", "inbox.entry.published.required"));
        }
        return new YouSaidWeDid(youSaid, weDid, language, Boolean.TRUE.equals(entry.published()));
    }

    private static String text(String field, @Nullable String value, int limit, boolean required,
            List<FieldError> errors) {
        String text = value == null ? "" : value.strip();
        SubmissionFields.checkText(field, text, limit, required, errors);
        return text;
    }
}
