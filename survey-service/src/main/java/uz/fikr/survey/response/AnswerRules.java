package uz.fikr.survey.response;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uz.fikr.events.AnswerValue;
import uz.fikr.events.survey.Question;
import uz.fikr.survey.web.FieldError;
import uz.fikr.survey.web.SubmissionFields;

/** Whether one answer fits its question: type, range, options, length. Returns the refusal when it does not. */
final class AnswerRules {

    private AnswerRules() {}

    static Optional<FieldError> problemWith(String field, Question question, AnswerValue answer) {
        return switch (question.type()) {
            case RATING, NPS, MATRIX -> numberProblem(field, question, answer);
            case SINGLE_CHOICE -> answer instanceof AnswerValue.Text(String option)
                    ? optionProblem(field, question, List.of(option))
                    : Optional.of(FieldError.of(field, "answer.one-option"));
            case MULTIPLE_CHOICE -> answer instanceof AnswerValue.Choices(List<String> options)
                    ? optionProblem(field, question, options)
                    : Optional.of(FieldError.of(field, "answer.options"));
            case TEXT -> answer instanceof AnswerValue.Text(String text)
                    ? textProblem(field, question, text)
                    : Optional.of(FieldError.of(field, "answer.text"));
            case QUALITY -> qualityProblem(field, answer);
        };
    }

    static boolean isEmpty(AnswerValue answer) {
        return switch (answer) {
            case AnswerValue.Text(String text) -> text.isBlank();
            case AnswerValue.Choices(List<String> options) -> options.isEmpty();
            default -> false;
        };
    }

    private static Optional<FieldError> numberProblem(String field, Question question, AnswerValue answer) {
        int min = question.scaleMin();
        int max = question.scaleMax();
        if (!(answer instanceof AnswerValue.Number(double value)) || value != Math.rint(value)
                || value < min || value > max) {
            return Optional.of(FieldError.of(field, "answer.range", min, max));
        }
        return Optional.empty();
    }

    private static Optional<FieldError> optionProblem(String field, Question question, List<String> options) {
        Set<String> seen = new HashSet<>();
        for (String option : options) {
            if (!question.hasOption(option)) {
                return Optional.of(FieldError.of(field, "answer.option", abbreviate(option)));
            }
            if (!seen.add(option)) {
                return Optional.of(FieldError.of(field, "answer.option.twice", option));
            }
        }
        return Optional.empty();
    }

    private static Optional<FieldError> textProblem(String field, Question question, String text) {
        int limit = question.textLimit();
        if (text.codePointCount(0, text.length()) > limit) {
            return Optional.of(FieldError.of(field, "answer.text.too-long", limit));
        }
        if (SubmissionFields.hasControlCharacters(text)) {
            return Optional.of(FieldError.of(field, "answer.text.control"));
        }
        return Optional.empty();
    }

    private static Optional<FieldError> qualityProblem(String field, AnswerValue answer) {
        return switch (answer) {
            case AnswerValue.NotApplicable ignored -> Optional.empty();
            case AnswerValue.Quality(int minimum, int desired, int perceived)
                    when inQualityRange(minimum) && inQualityRange(desired) && inQualityRange(perceived) ->
                Optional.empty();
            default -> Optional.of(FieldError.of(field, "answer.quality"));
        };
    }

    private static boolean inQualityRange(int value) {
        return value >= Question.QUALITY_MIN && value <= Question.QUALITY_MAX;
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
