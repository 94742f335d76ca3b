package uz.fikr.analytics.inbox;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uz.fikr.analytics.survey.SurveyCatalog;
import uz.fikr.analytics.web.FieldError;
import uz.fikr.analytics.web.InvalidParametersException;

/**
 * The feedback inbox, read side: every reader comment (answers to free-text survey questions) and piece of online
 * feedback, with where it stands in the staff's workflow (changes arrive on {@code fikr.inbox.v1}).
 * <ul>
 *   <li>{@code GET /api/v1/inbox}: items newest first, with the filters {@code from}, {@code to} (dates, inclusive),
 *       {@code surveyId} (answers only), {@code branch}, {@code channel}, {@code serviceArea}, {@code category}
 *       (feedback only), {@code source} (feedback or answer), {@code status} (NEW, IN_PROGRESS, RESOLVED),
 *       {@code assignee}, {@code q} (a piece of the text, any case), {@code limit} (1 to 200, default 50) and
 *       {@code offset}.</li>
 *   <li>{@code GET /api/v1/inbox/{itemId}}: one item and its changes, oldest first; 404 for an unknown item.</li>
 *   <li>{@code GET /api/v1/inbox/you-said-we-did}: the published "you said, we did" entries, latest first
 *       ({@code limit} 1 to 200, default 50).</li>
 * </ul>
 * A bad parameter or item id is refused with 400 naming it.
 */
@RestController
@RequestMapping("/api/v1/inbox")
class InboxController {

    private final InboxService inbox;
    private final SurveyCatalog surveys;

    InboxController(InboxService inbox, SurveyCatalog surveys) {
        this.inbox = inbox;
        this.surveys = surveys;
    }

    @GetMapping
    InboxPage items(@ParameterObject InboxParameters parameters) {
        return inbox.page(parameters.toQuery(surveys));
    }

    @GetMapping("/you-said-we-did")
    PublishedEntries youSaidWeDid(@RequestParam(required = false) @Nullable String limit) {
        List<FieldError> errors = new ArrayList<>();
        Paging paging = Paging.of(limit, null, errors);
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
        return inbox.publishedEntries(paging.limit());
    }

    @GetMapping("/{itemId}")
    InboxItemHistory item(@PathVariable String itemId) {
        return inbox.item(ItemId.parse(itemId)
                .orElseThrow(() -> InvalidParametersException.of("itemId", ItemId.FORMS)));
    }
}
