package uz.fikr.dashboard.questions;

import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.format.Formats;
import uz.fikr.events.ServiceAreas;

/**
 * The words and number formats of the user's language for building a page's tables and charts outside its
 * components: translations, a survey's questions by their texts, and service areas by their names. Pages extend it
 * with their own labels.
 */
public class SurveyLabels {

    private final Locale locale;
    private final QuestionTexts texts;
    private final Formats formats;

    /** @param texts from {@link SurveyQuestions}, or {@link QuestionTexts#NONE} */
    public SurveyLabels(Locale locale, QuestionTexts texts) {
        this.locale = locale;
        this.texts = texts;
        this.formats = Formats.of(locale);
    }

    /** The translation of {@code key} in the user's language. */
    public String t(String key, Object... parameters) {
        return I18NProvider.translate(locale, key, parameters);
    }

    public Formats formats() {
        return formats;
    }

    public Locale locale() {
        return locale;
    }

    public QuestionTexts texts() {
        return texts;
    }

    /** A question by its text; by its id when the survey does not hold it. */
    public String item(String questionId) {
        return texts.text(questionId, locale);
    }

    /** A service area by its name; one the product does not know by its id; none as empty. */
    public String serviceArea(@Nullable String id) {
        if (id == null || id.isEmpty()) {
            return "";
        }
        return ServiceAreas.ALL.contains(id) ? t("serviceArea." + id) : id;
    }

    /** What a suppressed figure shows instead of a number. */
    public String suppressed(int minimumGroupSize) {
        return t("common.suppressed", minimumGroupSize);
    }
}
