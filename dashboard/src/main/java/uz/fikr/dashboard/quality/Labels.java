package uz.fikr.dashboard.quality;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.questions.QuestionTexts;
import uz.fikr.dashboard.questions.SurveyLabels;

/** This page's words and numbers: dimensions by their names, means and gaps on the 1-9 scale. */
final class Labels extends SurveyLabels {

    /** The dimensions of the built-in service-quality survey, which have names in every language. */
    static final List<String> NAMED_DIMENSIONS = List.of("affect_of_service", "information_control",
            "library_as_place");

    Labels(Locale locale, QuestionTexts texts) {
        super(locale, texts);
    }

    /** A dimension's name; a library's own dimension by its id, with spaces for underscores. */
    String dimension(@Nullable String id) {
        if (id == null) {
            return "";
        }
        return NAMED_DIMENSIONS.contains(id) ? t("quality.dimension." + id) : id.replace('_', ' ');
    }

    /** A mean on the 1-9 scale, e.g. "6,20". */
    String mean(double value) {
        return formats().number(value, 2);
    }

    /** A gap with its sign and 95% interval, e.g. "−0,40 (−1,20 – +0,40)"; the interval is absent below n = 2. */
    String gap(Gaps.Mean gap) {
        String estimate = formats().change(gap.mean(), 2);
        Gaps.Interval interval = gap.interval();
        return interval == null ? estimate
                : "%s (%s – %s)".formatted(estimate, formats().change(interval.lower(), 2),
                        formats().change(interval.upper(), 2));
    }
}
