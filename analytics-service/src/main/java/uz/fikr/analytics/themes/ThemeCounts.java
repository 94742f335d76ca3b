package uz.fikr.analytics.themes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One group's counts as {@code themes.sql} returns them: the number of comments, the top terms and phrases with the
 * number of comments using each, and example comments. Service area and category are "" when absent.
 */
record ThemeCounts(String source, String serviceArea, String category, long comments, List<Count> terms,
        List<Count> phrases, List<String> examples) {

    /** An item (term, phrase or comment text) and how many comments of the group carry it. */
    record Count(String item, long count) {}

    /** Reads the rows of {@code themes.sql}, one per group and kind, into groups in the order they came. */
    static List<ThemeCounts> fromRows(List<JsonNode> rows) {
        Map<List<String>, Map<String, List<Count>>> groups = new LinkedHashMap<>();
        for (JsonNode row : rows) {
            List<String> group = List.of(row.get("source").asString(), row.get("service_area").asString(),
                    row.get("category").asString());
            groups.computeIfAbsent(group, key -> new HashMap<>()).put(row.get("kind").asString(), top(row.get("top")));
        }
        List<ThemeCounts> counts = new ArrayList<>();
        groups.forEach((group, kinds) -> counts.add(new ThemeCounts(group.get(0), group.get(1), group.get(2),
                kind(kinds, "comment").stream().mapToLong(Count::count).sum(), kind(kinds, "term"),
                kind(kinds, "phrase"), kind(kinds, "example").stream().map(Count::item).toList())));
        return counts;
    }

    private static List<Count> top(JsonNode pairs) {
        List<Count> top = new ArrayList<>();
        for (JsonNode pair : pairs) {
            top.add(new Count(pair.get(0).asString(), pair.get(1).asLong()));
        }
        return top;
    }

    private static List<Count> kind(Map<String, List<Count>> kinds, String kind) {
        return kinds.getOrDefault(kind, List.of());
    }
}
