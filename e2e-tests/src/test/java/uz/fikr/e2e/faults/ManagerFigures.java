package uz.fikr.e2e.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.fikr.demo.Submission;

/**
 * The figures a library manager reads for the demo survey ({@code GET /api/v1/surveys/demo/summary}): how many
 * responses, per question how many answered it, and the count per value or option. Flattened to named numbers
 * ({@code responses}, {@code n:satisfaction}, {@code count:satisfaction:4}) so that two snapshots can be subtracted
 * and compared with what the readers sent.
 */
public record ManagerFigures(Map<String, Long> figures, Map<String, String> kinds) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static ManagerFigures read(URI analyticsService) {
        HttpRequest request = HttpRequest.newBuilder(analyticsService.resolve("/api/v1/surveys/demo/summary"))
                .header("Authorization", uz.fikr.e2e.AnalyticsLogin.header()).timeout(Duration.ofSeconds(30)).build();
        try {
            HttpResponse<String> reply = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() != 200) {
                throw new IllegalStateException("The summary answered " + reply.statusCode() + ": " + reply.body());
            }
            return parse(JSON.readTree(reply.body()));
        } catch (IOException e) {
            throw new IllegalStateException("The summary did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ManagerFigures parse(JsonNode summary) {
        Map<String, Long> figures = new HashMap<>();
        Map<String, String> kinds = new HashMap<>();
        figures.put("responses", summary.get("responses").asLong());
        for (JsonNode question : summary.get("questions")) {
            String id = question.get("questionId").asString();
            kinds.put(id, question.get("kind").asString());
            figures.put("n:" + id, question.get("n").asLong());
            question.get("counts").properties()
                    .forEach(count -> figures.put("count:" + id + ":" + count.getKey(), count.getValue().asLong()));
        }
        return new ManagerFigures(Map.copyOf(figures), Map.copyOf(kinds));
    }

    /** What each figure should have grown by when exactly these responses were added, each once. */
    public Map<String, Long> expectedGrowth(Collection<? extends Submission> added) {
        Map<String, Long> growth = new HashMap<>();
        for (Submission submission : added) {
            growth.merge("responses", 1L, Long::sum);
            @SuppressWarnings("unchecked")
            Map<String, Object> answers = (Map<String, Object>) submission.toRequestBody().get("answers");
            answers.forEach((question, value) -> {
                growth.merge("n:" + question, 1L, Long::sum);
                String kind = kinds.getOrDefault(question, "text");
                if (kind.equals("number") || kind.equals("choice")) {
                    Collection<?> values = value instanceof Collection<?> options ? options : java.util.List.of(value);
                    values.forEach(option -> growth.merge("count:" + question + ":" + option, 1L, Long::sum));
                }
            });
        }
        return growth;
    }

    /** Per figure, how much it grew from {@code before} to this snapshot. */
    public Map<String, Long> growthSince(ManagerFigures before) {
        Set<String> names = new HashSet<>(figures.keySet());
        names.addAll(before.figures.keySet());
        Map<String, Long> growth = new HashMap<>();
        names.forEach(name -> growth.put(name, figures.getOrDefault(name, 0L) - before.figures.getOrDefault(name, 0L)));
        return growth;
    }

    public long responses() {
        return figures.get("responses");
    }
}
