package uz.fikr.analytics.inbox;

import org.springframework.stereotype.Service;
import uz.fikr.analytics.survey.SurveyCatalog;

/**
 * The inbox: which answers are comments (those to the free-text questions of the surveys analytics knows), and the
 * items, their history and the published entries from ClickHouse.
 */
@Service
class InboxService {

    private final InboxRepository repository;
    private final SurveyCatalog surveys;

    InboxService(InboxRepository repository, SurveyCatalog surveys) {
        this.repository = repository;
        this.surveys = surveys;
    }

    InboxPage page(InboxQuery query) {
        return repository.page(query, FreeTextQuestion.known(surveys, query.surveyId()));
    }

    /** @throws UnknownInboxItemException (a 404) when there is no such item */
    InboxItemHistory item(ItemId id) {
        InboxItem item = repository.item(id, FreeTextQuestion.known(surveys, null))
                .orElseThrow(() -> new UnknownInboxItemException(id));
        return new InboxItemHistory(item, repository.history(id));
    }

    PublishedEntries publishedEntries(int limit) {
        return new PublishedEntries(repository.publishedEntries(FreeTextQuestion.known(surveys, null), limit));
    }
}
