package uz.fikr.analytics.report.content;

import java.util.List;
import uz.fikr.analytics.report.ReportLanguage;

/**
 * What a report says, ready to lay out: every text already in the report's language (readers' comments as they
 * wrote them), every number still a number that the renderer formats for the language's locale with {@link
 * ReportNumbers}. Readers' text is plain text here; renderers escape it for their format.
 *
 * @param summary the executive summary: plain sentences generated from the numbers, most important first
 * @param sections in order: {@link SectionId}
 */
public record ReportContent(ReportLanguage language, Cover cover, List<String> summary, List<Section> sections) {

    public ReportContent {
        summary = List.copyOf(summary);
        sections = List.copyOf(sections);
    }

    /**
     * @param title e.g. "Monthly report on readers' opinions"
     * @param library the library's name
     * @param period e.g. "November 2026" or "1 Oct 2026 – 31 Dec 2026"
     * @param surveys the surveys' titles
     * @param language the report language's name in itself, e.g. "Oʻzbekcha"
     * @param generated e.g. "Generated on 1 December 2026 at 08:00 (Asia/Tashkent)"
     */
    public record Cover(String title, String library, String period, List<String> surveys, String language,
            String generated) {

        public Cover {
            surveys = List.copyOf(surveys);
        }
    }
}
