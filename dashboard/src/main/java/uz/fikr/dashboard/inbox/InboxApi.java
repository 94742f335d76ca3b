package uz.fikr.dashboard.inbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uz.fikr.dashboard.analytics.AnalyticsClient;
import uz.fikr.dashboard.service.ServiceException;
import uz.fikr.dashboard.surveys.SurveyServiceClient;

/**
 * The inbox's calls: it reads from analytics-service (with the dashboard's analytics login) and changes an item's
 * workflow through survey-service (with its admin login), which records the change on Kafka; analytics-service
 * shows it a moment later. Every failure is a {@link ServiceException}.
 */
@Component
class InboxApi {

    /** The most items analytics-service gives in one answer. */
    static final int MAX_LIMIT = 200;
    static final String PUBLIC_PAGE = "/you-said-we-did";

    private final AnalyticsClient analytics;
    private final SurveyServiceClient surveys;
    private final JsonMapper json;

    InboxApi(AnalyticsClient analytics, SurveyServiceClient surveys, JsonMapper json) {
        this.analytics = analytics;
        this.surveys = surveys;
        this.json = json;
    }

    /** The items {@code filter} selects, newest first, from {@code offset} on, at most {@code limit} (≤ 200). */
    InboxPage page(InboxFilter filter, int offset, int limit) {
        var query = new LinkedHashMap<>(filter.parameters());
        query.put("limit", Integer.toString(Math.clamp(limit, 1, MAX_LIMIT)));
        query.put("offset", Integer.toString(Math.max(0, offset)));
        return analytics.get("/api/v1/inbox", query, InboxPage.class);
    }

    /** One item with its history of changes, oldest first. */
    InboxItemDetail item(String itemId) {
        return analytics.get("/api/v1/inbox/{itemId}", Map.of(), InboxItemDetail.class, itemId);
    }

    /**
     * The published "you said, we did" entries, latest first. Takes the agreed list and also the {@code entries}
     * object analytics-service may wrap it in.
     */
    List<PublishedEntry> publishedEntries() {
        JsonNode answer = analytics.get("/api/v1/inbox/you-said-we-did", Map.of(), JsonNode.class);
        JsonNode entries = answer.isArray() ? answer : answer.path("entries");
        try {
            return entries.valueStream().map(entry -> json.treeToValue(entry, PublishedEntry.class)).toList();
        }
        catch (JacksonException ex) {
            throw new ServiceException("analytics-service sent unreadable 'you said, we did' entries: "
                    + ex.getOriginalMessage(), 502, null, ex);
        }
    }

    /**
     * Records a change of an item's workflow; survey-service answers once Kafka has it.
     *
     * @throws ServiceException 400 with the refused fields, 503 when Kafka is down (send the same request again)
     */
    InboxChange change(String itemId, ChangeRequest request) {
        return surveys.client().post("/api/v1/admin/inbox/{itemId}/changes", request, InboxChange.class, itemId);
    }

    /** Where readers see the published entries. */
    String publicPage() {
        return surveys.publicUrl().toString().replaceAll("/+$", "") + PUBLIC_PAGE;
    }
}
