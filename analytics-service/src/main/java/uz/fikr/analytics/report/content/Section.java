package uz.fikr.analytics.report.content;

import java.util.List;

/**
 * One section of a report. Every chart has a table in the same section that holds its numbers.
 *
 * @param title the heading, e.g. "Service quality"
 * @param paragraphs plain sentences before the charts and tables
 */
public record Section(SectionId id, String title, List<String> paragraphs, List<Chart> charts, List<Table> tables) {

    public Section {
        paragraphs = List.copyOf(paragraphs);
        charts = List.copyOf(charts);
        tables = List.copyOf(tables);
    }

    /** A section of sentences only: no data for it, or nothing to show. */
    static Section ofText(SectionId id, String title, List<String> paragraphs) {
        return new Section(id, title, paragraphs, List.of(), List.of());
    }
}
