package uz.fikr.dashboard.needs;

import java.util.Locale;
import java.util.function.DoubleFunction;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.questions.QuestionTexts;
import uz.fikr.dashboard.questions.SurveyLabels;
import uz.fikr.events.FeedbackCategory;
import uz.fikr.events.ReaderProfiles;
import uz.fikr.events.survey.Question;

/** This page's words and numbers: groups, wanted options, feedback categories, shares and means. */
final class NeedsLabels extends SurveyLabels {

    NeedsLabels(Locale locale, QuestionTexts texts) {
        super(locale, texts);
    }

    /** A reader group by its name, a branch by its code; a group readers left blank as such. */
    String group(String by, String group) {
        if (group.isEmpty()) {
            return t("needs.group.none");
        }
        return "readerGroup".equals(by) && ReaderProfiles.READER_GROUPS.contains(group) ? t("readerGroup." + group)
                : group;
    }

    /** An option as the survey words it; the reader's own "other" answer as such. */
    String option(String questionId, String option) {
        return texts().option(questionId, option, locale())
                .orElseGet(() -> Question.OTHER.equals(option) ? t("needs.option.other") : option);
    }

    String category(@Nullable String code) {
        return code == null ? "" : FeedbackCategory.fromCode(code).map(c -> t("category." + c.name())).orElse(code);
    }

    /** A share with its interval, e.g. "73 % (52 % – 88 %)". */
    String share(double share, Needs.@Nullable Interval interval) {
        return estimate(share, interval, value -> formats().percent(value, 0));
    }

    /** A mean with its interval, gaps with their sign, e.g. "−0,40 (−1,20 – +0,40)" or "3,10 (2,80 – 3,40)". */
    String mean(double mean, Needs.@Nullable Interval interval, boolean signed) {
        return estimate(mean, interval, signed ? value -> formats().change(value, 2)
                : value -> formats().number(value, 2));
    }

    private static String estimate(double value, Needs.@Nullable Interval interval, DoubleFunction<String> format) {
        return interval == null ? format.apply(value) : "%s (%s – %s)".formatted(format.apply(value),
                format.apply(interval.lower()), format.apply(interval.upper()));
    }
}
