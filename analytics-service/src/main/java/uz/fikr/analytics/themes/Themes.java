package uz.fikr.analytics.themes;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /api/v1/feedback/themes}: per group of comments (source, service area and, for online feedback,
 * category) what readers write about. A group of fewer than {@code minimumGroupSize} comments is suppressed.
 */
public record Themes(int minimumGroupSize, List<Group> groups) {

    /**
     * One group. {@code n}, terms, phrases and examples are absent when it is suppressed; a count is the number of
     * comments that use the term or phrase. Examples are comment texts exactly as readers wrote them: show them as
     * text, never as HTML.
     *
     * @param source {@code feedback} or {@code answers}
     * @param serviceArea absent when the reader named none
     * @param category the feedback category; absent for survey answers
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Group(String source, @Nullable String serviceArea, @Nullable String category, @Nullable Long n,
            boolean suppressed, @Nullable List<Term> terms, @Nullable List<Phrase> phrases,
            @Nullable List<String> examples) {}

    public record Term(String term, long count) {}

    public record Phrase(String phrase, long count) {}
}
