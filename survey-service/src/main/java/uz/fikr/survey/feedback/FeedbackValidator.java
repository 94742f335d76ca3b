package uz.fikr.survey.feedback;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import uz.fikr.events.Channel;
import uz.fikr.events.Contact;
import uz.fikr.events.FeedbackCategory;
import uz.fikr.events.FeedbackSubmitted;
import uz.fikr.events.ServiceAreas;
import uz.fikr.survey.contact.ContactRules;
import uz.fikr.survey.web.FieldError;
import uz.fikr.survey.web.InvalidRequestException;
import uz.fikr.survey.web.SubmissionFields;

/** Checks a piece of online feedback and turns it into the event to publish; refuses it whole on any problem. */
@Component
class FeedbackValidator {

    static final int MAX_TEXT = 4000;
    private static final Set<String> LANGUAGES = Set.of("uz-Latn", "uz-Cyrl", "ru", "en");

    private final Clock clock;

    FeedbackValidator(Clock clock) {
        this.clock = clock;
    }

    FeedbackSubmitted validate(SubmitFeedbackRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.feedbackId() == null) {
            errors.add(new FieldError("feedbackId", "is required: a UUID the client chooses once per message"));
        }
        FeedbackCategory category = request.category() == null ? null
                : FeedbackCategory.fromCode(request.category()).orElse(null);
        if (category == null) {
            errors.add(new FieldError("category", "must be one of complaint, suggestion, praise, question"));
        }
        if (request.serviceArea() != null && !ServiceAreas.ALL.contains(request.serviceArea())) {
            errors.add(new FieldError("serviceArea", "must be one of " + String.join(", ", ServiceAreas.ALL)));
        }
        String language = request.language() == null ? "uz-Latn" : request.language();
        if (!LANGUAGES.contains(language)) {
            errors.add(new FieldError("language", "must be one of uz-Latn, uz-Cyrl, ru, en"));
        }
        Channel channel = SubmissionFields.channel(request.channel(), errors);
        String branch = SubmissionFields.branch(request.branch(), errors);
        String text = request.text() == null ? "" : request.text().strip();
        SubmissionFields.checkText("text", text, MAX_TEXT, true, errors);
        Contact contact = ContactRules.check(request.contact(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new FeedbackSubmitted(FeedbackSubmitted.SCHEMA_VERSION, request.feedbackId(), clock.instant(),
                channel, branch, category, request.serviceArea(), language, text, contact);
    }
}
