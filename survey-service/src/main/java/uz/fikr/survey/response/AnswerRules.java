package uz.fikr.survey.response;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uz.fikr.events.AnswerValue;
import uz.fikr.events.survey.Question;
import uz.fikr.survey.web.SubmissionFields;

/** Whether one answer fits its question: type, range, options, length. Returns the reason when it does not. */
final class AnswerRules {

    private static final int QUALITY_MIN = 1;
    private static final int QUALITY_MAX = 9;
    private static final int DEFAULT_TEXT_LIMIT = 2000;

    private AnswerRules() {}

    static Optional<String> problemWith(Question question, AnswerValue answer) {
        return switch (question.type()) {
            case RATING, NPS -> numberProblem(question, answer);
            case SINGLE_CHOICE -> answer instanceof AnswerValue.Text(String option)
                    ? optionProblem(question, List.of(option))
                    : Optional.of("must be one option id");
            case MULTIPLE_CHOICE -> answer instanceof AnswerValue.Choices(List<String> options)
                    ? optionProblem(question, options)
                    : Optional.of("must be a list of option ids");
            case TEXT -> answer instanceof AnswerValue.Text(String text)
                    ? textProblem(question, text)
                    : Optional.of("must be text");
            case QUALITY -> qualityProblem(answer);
        };
    }

    static boolean isEmpty(AnswerValue answer) {
        return switch (answer) {
            case AnswerValue.Text(String text) -> text.isBlank();
            case AnswerValue.Choices(List<String> options) -> options.isEmpty();
            default -> false;
        };
    }

    private static Optional<String> numberProblem(Question question, AnswerValue answer) {
        int min = question.min() == null ? 0 : question.min();
        int max = question.max() == null ? 10 : question.max();
        if (!(answer instanceof AnswerValue.Number(double value)) || value != Math.rint(value)
                || value < min || value > max) {
            return Optional.of("must be a whole number from " + min + " to " + max);
        }
        return Optional.empty();
    }

    private static Optional<String> optionProblem(Question question, List<String> options) {
        Set<String> seen = new HashSet<>();
        for (String option : options) {
            if (!question.hasOption(option)) {
                return Optional.of("'" + abbreviate(option) + "' is not one of the options");
            }
            if (!seen.add(option)) {
                return Optional.of("'" + option + "' is chosen twice");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> textProblem(Question question, String text) {
        int limit = question.maxLength() == null ? DEFAULT_TEXT_LIMIT : question.maxLength();
        if (text.codePointCount(0, text.length()) > limit) {
            return Optional.of("must be at most " + limit + " characters");
        }
        if (SubmissionFields.hasControlCharacters(text)) {
            return Optional.of("must not contain control characters");
        }
        return Optional.empty();
    }

    private static Optional<String> qualityProblem(AnswerValue answer) {
        return switch (answer) {
            case AnswerValue.NotApplicable ignored -> Optional.empty();
            case AnswerValue.Quality(int minimum, int desired, int perceived)
                    when inQualityRange(minimum) && inQualityRange(desired) && inQualityRange(perceived) ->
                Optional.empty();
            default -> Optional.of("must be {\"minimum\", \"desired\", \"perceived\"} each from 1 to 9, or \"na\"");
        };
    }

    private static boolean inQualityRange(int value) {
        return value >= QUALITY_MIN && value <= QUALITY_MAX;
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
