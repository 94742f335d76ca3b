package uz.fikr.dashboard.inbox;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.router.QueryParameters;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.filter.ViewFilter;
import uz.fikr.events.Channel;
import uz.fikr.events.FeedbackCategory;
import uz.fikr.events.ServiceAreas;
import uz.fikr.events.inbox.InboxStatus;

/**
 * What the inbox shows: a period and optionally one service area, category, branch, channel, status and source, and
 * a piece of text to search for. It lives in the page's address under the names analytics-service's
 * {@code GET /api/v1/inbox} takes ({@code ?from=2026-09-01&to=2026-11-30&status=NEW&q=wifi}); values that do not
 * parse are dropped, as on every other page. Codes are accepted in any case and kept as analytics-service takes
 * them: categories and channels in lower case, statuses in upper case.
 *
 * @param source {@code feedback} or {@code answer}; with {@code answer} there is no category (answers have none)
 * @param q text to search for, at most {@link #MAX_TEXT} characters
 */
record InboxFilter(LocalDate from, LocalDate to, @Nullable String serviceArea, @Nullable String category,
        @Nullable String branch, @Nullable String channel, @Nullable String status, @Nullable String source,
        @Nullable String q) {

    static final List<String> SOURCES = List.of("feedback", "answer");
    static final List<String> STATUSES = Arrays.stream(InboxStatus.values()).map(Enum::name).toList();
    static final List<String> CATEGORIES = Arrays.stream(FeedbackCategory.values()).map(FeedbackCategory::code)
            .toList();
    static final List<String> CHANNELS = Arrays.stream(Channel.values()).map(Channel::code).toList();
    static final int MAX_TEXT = 200;

    InboxFilter {
        category = "answer".equals(source) ? null : category;
    }

    /** The filter an address describes; the period and the branch are read as on every page ({@link ViewFilter}). */
    static InboxFilter of(QueryParameters query, LocalDate today) {
        ViewFilter common = ViewFilter.of(query, today);
        Map<String, List<String>> parameters = query.getParameters();
        return new InboxFilter(common.from(), common.to(),
                oneOf(parameters, "serviceArea", ServiceAreas.ALL),
                oneOf(parameters, "category", CATEGORIES),
                common.branch(),
                oneOf(parameters, "channel", CHANNELS),
                oneOf(parameters, "status", STATUSES),
                oneOf(parameters, "source", SOURCES),
                first(parameters, "q").map(text -> text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text)
                        .orElse(null));
    }

    /** The filter as query parameters, the same for the address and for analytics-service; unset ones left out. */
    Map<String, String> parameters() {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("from", from.toString());
        parameters.put("to", to.toString());
        put(parameters, "serviceArea", serviceArea);
        put(parameters, "category", category);
        put(parameters, "branch", branch);
        put(parameters, "channel", channel);
        put(parameters, "status", status);
        put(parameters, "source", source);
        put(parameters, "q", q);
        return parameters;
    }

    QueryParameters toQueryParameters() {
        return QueryParameters.simple(parameters());
    }

    /** The known value the parameter names, in any case, written as {@code known} writes it. */
    private static @Nullable String oneOf(Map<String, List<String>> parameters, String name, List<String> known) {
        return InboxLabels.canonical(known, first(parameters, name).orElse(null)).orElse(null);
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return Optional.ofNullable(parameters.get(name)).filter(values -> !values.isEmpty())
                .map(List::getFirst).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static void put(Map<String, String> parameters, String name, @Nullable String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }
}
