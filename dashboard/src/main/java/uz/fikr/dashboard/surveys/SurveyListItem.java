package uz.fikr.dashboard.surveys;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One line of survey-service's survey list.
 *
 * @param title the title per language tag (uz-Latn, uz-Cyrl, ru, en)
 * @param status {@code published}, {@code closed} or {@code draft}, as survey-service writes it
 * @param publishedVersion the newest published version, or null
 */
public record SurveyListItem(String id, Map<String, String> title, String status, int latestVersion,
        @Nullable Integer publishedVersion, int versions) {

    /** The title in the user's language, else English, else Uzbek, else the id. */
    public String title(Locale locale) {
        return SurveyLanguages.text(title, SurveyLanguages.of(locale), id);
    }

    /** A survey that was never published has no answers to show. */
    public boolean everPublished() {
        return publishedVersion != null || !"draft".equalsIgnoreCase(status);
    }
}
