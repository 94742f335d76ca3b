package uz.fikr.analytics.quality;

import tools.jackson.databind.JsonNode;
import uz.fikr.analytics.stats.Moments;

/** The sufficient statistics of one item or dimension as the gap queries return them. */
public record GapMoments(long notApplicable, long inconsistent, Moments minimum, Moments desired, Moments perceived,
        Moments adequacy, Moments superiority) {

    static GapMoments fromRow(JsonNode row) {
        long n = row.get("n").asLong();
        return new GapMoments(count(row, "not_applicable"), count(row, "inconsistent"), moments(row, n, "minimum"),
                moments(row, n, "desired"), moments(row, n, "perceived"), moments(row, n, "adequacy"),
                moments(row, n, "superiority"));
    }

    public long n() {
        return perceived.n();
    }

    private static long count(JsonNode row, String column) {
        JsonNode value = row.get(column);
        return value == null ? 0 : value.asLong();
    }

    private static Moments moments(JsonNode row, long n, String measure) {
        return new Moments(n, row.get("sum_" + measure).asDouble(), row.get("squares_" + measure).asDouble());
    }
}
