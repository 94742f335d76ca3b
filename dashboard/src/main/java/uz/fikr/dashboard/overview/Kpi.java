package uz.fikr.dashboard.overview;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ObjectNode;

/**
 * One key figure as a card shows it, every text already in the user's language.
 *
 * @param id a short name for the card's element ids and CSS classes
 * @param value the big number, or the words that stand in for it ("Suppressed …", "No answers …")
 * @param interval "95% interval: …", null when there is no figure
 * @param n "n = …", null when there is no figure
 * @param change the change since the previous period and whether it is significant, null when there is no figure
 * @param note what the figure counts, or why it is missing
 * @param sparkline the small trend, null when there is none
 */
record Kpi(String id, String heading, String value, @Nullable String interval, @Nullable String n,
        @Nullable String change, @Nullable String note, @Nullable Sparkline sparkline) {

    /** A small trend: the chart's option, its accessible label and the same trend in one sentence. */
    record Sparkline(ObjectNode option, String label, String summary) {
    }

    /** Whether {@code value} is a figure; a figure always comes with its n, or (a count) with its change. */
    boolean hasFigure() {
        return n != null || change != null;
    }

    Kpi withNote(@Nullable String text) {
        return new Kpi(id, heading, value, interval, n, change, text, sparkline);
    }
}
