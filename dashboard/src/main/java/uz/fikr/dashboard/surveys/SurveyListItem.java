package uz.fikr.dashboard.surveys;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.questions.QuestionTexts;

/**
 * One line of survey-service's survey list.
 *
 * @param title the title per language tag (uz-Latn, uz-Cyrl, ru, en)
 * @param status published, closed or draft
 * @param publishedVersion the newest published version, or null
 */
public record SurveyListItem(String id, Map<String, String> title, String status, int latestVersion,
        @Nullable Integer publishedVersion, int versions) {

    /** The title in the user's language, else English, else Uzbek, else the id. */
    public String title(Locale locale) {
        String text = QuestionTexts.pick(title, locale);
        return text.isEmpty() ? id : text;
    }

    /** A survey that was never published has no answers to show. */
    public boolean everPublished() {
        return publishedVersion != null || !"draft".equalsIgnoreCase(status);
    }
}
