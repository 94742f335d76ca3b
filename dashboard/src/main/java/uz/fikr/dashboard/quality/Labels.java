package uz.fikr.dashboard.quality;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.format.Formats;
import uz.fikr.dashboard.questions.QuestionTexts;
import uz.fikr.dashboard.questions.SurveyQuestions;
import uz.fikr.events.ServiceAreas;

/**
 * The words and number formats of the user's language for the builders of this page's tables and charts: items by
 * their question texts, dimensions and service areas by their names.
 */
final class Labels {

    /** The dimensions of the built-in service-quality survey, which have names in every language. */
    static final List<String> NAMED_DIMENSIONS = List.of("affect_of_service", "information_control",
            "library_as_place");

    private final Locale locale;
    private final QuestionTexts texts;
    private final Formats formats;

    /** @param texts from {@link SurveyQuestions}, or {@link QuestionTexts#NONE} */
    Labels(Locale locale, QuestionTexts texts) {
        this.locale = locale;
        this.texts = texts;
        this.formats = Formats.of(locale);
    }

    String t(String key, Object... parameters) {
        return I18NProvider.translate(locale, key, parameters);
    }

    Formats formats() {
        return formats;
    }

    String item(String questionId) {
        return texts.text(questionId, locale);
    }

    QuestionTexts texts() {
        return texts;
    }

    /** A dimension's name; a library's own dimension by its id, with spaces for underscores. */
    String dimension(@Nullable String id) {
        if (id == null) {
            return "";
        }
        return NAMED_DIMENSIONS.contains(id) ? t("quality.dimension." + id) : id.replace('_', ' ');
    }

    String serviceArea(@Nullable String id) {
        if (id == null) {
            return "";
        }
        return ServiceAreas.ALL.contains(id) ? t("serviceArea." + id) : id;
    }

    /** A mean on the 1-9 scale, e.g. "6,20". */
    String mean(double value) {
        return formats.number(value, 2);
    }

    /** A gap with its sign and 95% interval, e.g. "−0,40 (−1,20 – +0,40)"; the interval is absent below n = 2. */
    String gap(Gaps.Mean gap) {
        String estimate = formats.change(gap.mean(), 2);
        Gaps.Interval interval = gap.interval();
        return interval == null ? estimate
                : "%s (%s – %s)".formatted(estimate, formats.change(interval.lower(), 2),
                        formats.change(interval.upper(), 2));
    }
}
