package uz.fikr.dashboard.needs;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * analytics-service's {@code GET /api/v1/feedback/themes}: per group of comments (source, service area and, for
 * online feedback, category) the words and phrases readers use most, with example comments exactly as readers wrote
 * them (text to show as text, never as HTML). A group of fewer than k comments is suppressed and has no n or words.
 */
record Themes(int minimumGroupSize, List<Group> groups) {

    Themes {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    /**
     * @param source {@code feedback} or {@code answers}
     * @param category a feedback category in lower case; absent for survey answers
     */
    record Group(String source, @Nullable String serviceArea, @Nullable String category, @Nullable Long n,
            boolean suppressed, @Nullable List<Term> terms, @Nullable List<Phrase> phrases,
            @Nullable List<String> examples) {

        Group {
            terms = terms == null ? List.of() : List.copyOf(terms);
            phrases = phrases == null ? List.of() : List.copyOf(phrases);
            examples = examples == null ? List.of() : List.copyOf(examples);
        }
    }

    record Term(String term, long count) {
    }

    record Phrase(String phrase, long count) {
    }
}
