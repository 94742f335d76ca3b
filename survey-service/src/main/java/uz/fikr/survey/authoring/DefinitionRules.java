package uz.fikr.survey.authoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import uz.fikr.events.ServiceAreas;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.QuestionType;
import uz.fikr.events.survey.SurveyDefinition;
import uz.fikr.survey.web.FieldError;
import uz.fikr.survey.web.SubmissionFields;

/**
 * Checks a survey definition when it is saved, so that every published version is one readers can answer and
 * analytics can count. Each problem names the broken part by its JSON path, for example
 * {@code questions[3].options[1].id}.
 */
final class DefinitionRules {

    static final Pattern SURVEY_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
    private static final Pattern QUESTION_ID = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final Pattern DIMENSION = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final int MAX_QUESTIONS = 200;
    private static final int MAX_TEXT = 1000;
    private static final int MAX_FREE_TEXT_LIMIT = 10_000;

    private final List<FieldError> errors = new ArrayList<>();
    private final Set<String> answerIds = new HashSet<>();
    private final List<Question> earlier = new ArrayList<>();

    private DefinitionRules() {}

    /** Every problem with the definition; empty when it can be saved. */
    static List<FieldError> check(SurveyDefinition survey) {
        DefinitionRules rules = new DefinitionRules();
        rules.survey(survey);
        return List.copyOf(rules.errors);
    }

    private void survey(SurveyDefinition survey) {
        if (survey.id() == null || !SURVEY_ID.matcher(survey.id()).matches()) {
            error("id", "must be 2-64 lower-case letters, digits and '-', starting with a letter or digit");
        }
        texts("title", survey.title(), true);
        texts("description", survey.description(), false);
        if (survey.opensAt() != null && survey.closesAt() != null && !survey.opensAt().isBefore(survey.closesAt())) {
            error("closesAt", "must be after opensAt");
        }
        if (new HashSet<>(survey.profile()).size() != survey.profile().size()) {
            error("profile", "names a profile question twice");
        }
        if (survey.questions().isEmpty()) {
            error("questions", "a survey needs at least one question");
        } else if (survey.questions().size() > MAX_QUESTIONS) {
            error("questions", "at most " + MAX_QUESTIONS + " questions");
        }
        for (int i = 0; i < survey.questions().size(); i++) {
            question("questions[" + i + "]", survey.questions().get(i));
        }
    }

    private void question(String path, Question question) {
        if (question.id() == null || !QUESTION_ID.matcher(question.id()).matches()) {
            error(path + ".id", "must be lower-case letters, digits and '_', starting with a letter");
        }
        if (question.type() == null) {
            error(path + ".type", "is required: rating, nps, single_choice, multiple_choice, text, quality or matrix");
            return;
        }
        texts(path + ".text", question.text(), true);
        if (question.serviceArea() == null || !ServiceAreas.ALL.contains(question.serviceArea())) {
            error(path + ".serviceArea", "must be one of " + String.join(", ", ServiceAreas.ALL));
        }
        showIf(path + ".showIf", question);
        switch (question.type()) {
            case RATING -> scale(path, question, 1, 5);
            case NPS -> scale(path, question, 0, 10);
            case MATRIX -> matrix(path, question);
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> options(path, question);
            case TEXT -> {
                if (question.maxLength() != null
                        && (question.maxLength() < 1 || question.maxLength() > MAX_FREE_TEXT_LIMIT)) {
                    error(path + ".maxLength", "must be from 1 to " + MAX_FREE_TEXT_LIMIT);
                }
            }
            case QUALITY -> quality(path, question);
        }
        if (question.type() != QuestionType.SINGLE_CHOICE && question.type() != QuestionType.MULTIPLE_CHOICE) {
            if (!question.options().isEmpty()) {
                error(path + ".options", "only choice questions have options");
            }
            if (question.allowOther()) {
                error(path + ".allowOther", "only choice questions can offer \"other\"");
            }
        }
        if (question.type() != QuestionType.MATRIX && !question.items().isEmpty()) {
            error(path + ".items", "only a matrix has items");
        }
        for (Question answerable : question.answerable()) {
            if (answerable.id() != null && !answerIds.add(answerable.id())) {
                error(path + ".id", "'" + answerable.id() + "' is used by another question or matrix item");
            }
        }
        earlier.add(question);
    }

    private void scale(String path, Question question, int lowest, int highest) {
        int min = question.scaleMin();
        int max = question.scaleMax();
        if (min != lowest || max != highest) {
            error(path + ".min", "a " + question.type().name().toLowerCase() + " question runs from " + lowest
                    + " to " + highest);
        }
        labels(path, question, lowest, highest);
    }

    private void matrix(String path, Question question) {
        if (question.scaleMin() < 0 || question.scaleMax() > 10 || question.scaleMin() >= question.scaleMax()) {
            error(path + ".max", "a matrix scale runs within 0 to 10 and max is above min");
        }
        labels(path, question, question.scaleMin(), question.scaleMax());
        if (question.items().size() < 2) {
            error(path + ".items", "a matrix groups at least two items");
        }
        for (int i = 0; i < question.items().size(); i++) {
            Question.Item item = question.items().get(i);
            String itemPath = path + ".items[" + i + "]";
            if (item.id() == null || !QUESTION_ID.matcher(item.id()).matches()) {
                error(itemPath + ".id", "must be lower-case letters, digits and '_', starting with a letter");
            }
            texts(itemPath + ".text", item.text(), true);
            if (item.serviceArea() != null && !ServiceAreas.ALL.contains(item.serviceArea())) {
                error(itemPath + ".serviceArea", "must be one of " + String.join(", ", ServiceAreas.ALL));
            }
        }
    }

    private void options(String path, Question question) {
        int choices = question.options().size() + (question.allowOther() ? 1 : 0);
        if (question.type() == QuestionType.SINGLE_CHOICE && choices < 2) {
            error(path + ".options", "a single choice needs at least two options");
        } else if (choices < 1) {
            error(path + ".options", "a multiple choice needs at least one option, for example a consent box");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < question.options().size(); i++) {
            Question.Option option = question.options().get(i);
            String optionPath = path + ".options[" + i + "]";
            if (option.id() == null || !QUESTION_ID.matcher(option.id()).matches()) {
                error(optionPath + ".id", "must be lower-case letters, digits and '_', starting with a letter");
            } else if (Question.OTHER.equals(option.id())) {
                error(optionPath + ".id", "\"other\" is added by allowOther; choose another id");
            } else if (!ids.add(option.id())) {
                error(optionPath + ".id", "'" + option.id() + "' is used twice");
            }
            texts(optionPath + ".text", option.text(), true);
        }
    }

    private void quality(String path, Question question) {
        if (question.dimension() == null || !DIMENSION.matcher(question.dimension()).matches()) {
            error(path + ".dimension", "a three-column item belongs to a dimension (lower-case letters, digits, '_')");
        }
        if (question.scaleMin() != Question.QUALITY_MIN || question.scaleMax() != Question.QUALITY_MAX) {
            error(path + ".min", "a three-column item is rated from 1 to 9");
        }
    }

    private void labels(String path, Question question, int lowest, int highest) {
        question.labels().forEach((point, texts) -> {
            Optional<Integer> value = parse(point);
            if (value.isEmpty() || value.get() < lowest || value.get() > highest) {
                error(path + ".labels." + point, "labels name points of the scale, " + lowest + " to " + highest);
            }
            texts(path + ".labels." + point, texts, true);
        });
    }

    private void showIf(String path, Question question) {
        Question.ShowIf showIf = question.showIf();
        if (showIf == null) {
            return;
        }
        Optional<Question> source = earlier.stream().flatMap(q -> q.answerable().stream())
                .filter(q -> q.id() != null && q.id().equals(showIf.question())).findFirst();
        if (source.isEmpty()) {
            error(path + ".question", "must name an earlier question");
            return;
        }
        Question earlierQuestion = source.get();
        boolean choice = earlierQuestion.type() == QuestionType.SINGLE_CHOICE
                || earlierQuestion.type() == QuestionType.MULTIPLE_CHOICE;
        boolean numeric = earlierQuestion.type() == QuestionType.RATING || earlierQuestion.type() == QuestionType.NPS;
        if (choice) {
            if (showIf.anyOf().isEmpty()) {
                error(path + ".anyOf", "names the options of '" + showIf.question() + "' that show this question");
            }
            for (String option : showIf.anyOf()) {
                if (!earlierQuestion.hasOption(option)) {
                    error(path + ".anyOf", "'" + option + "' is not an option of '" + showIf.question() + "'");
                }
            }
        } else if (numeric) {
            if (showIf.atLeast() == null && showIf.atMost() == null) {
                error(path + ".atLeast", "give atLeast, atMost or both for a numeric question");
            }
        } else {
            error(path + ".question", "skip logic depends on a choice, a rating or a recommendation question");
        }
    }

    private void texts(String path, Map<String, String> texts, boolean required) {
        if (required && (texts.get(SurveyDefinition.DEFAULT_LANGUAGE) == null
                || texts.get(SurveyDefinition.DEFAULT_LANGUAGE).isBlank())) {
            error(path + "." + SurveyDefinition.DEFAULT_LANGUAGE, "is required: Uzbek (Latin) is the default");
        }
        texts.forEach((language, text) -> {
            if (!SurveyDefinition.LANGUAGES.contains(language)) {
                error(path + "." + language, "languages are " + String.join(", ", SurveyDefinition.LANGUAGES));
            } else if (text == null || text.codePointCount(0, text.length()) > MAX_TEXT) {
                error(path + "." + language, "must be text of at most " + MAX_TEXT + " characters");
            } else if (SubmissionFields.hasControlCharacters(text)) {
                error(path + "." + language, "must not contain control characters");
            }
        });
    }

    private static Optional<Integer> parse(String point) {
        try {
            return Optional.of(Integer.parseInt(point));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }
}
