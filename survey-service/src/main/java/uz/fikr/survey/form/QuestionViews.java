package uz.fikr.survey.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.QuestionType;
import uz.fikr.events.survey.SurveyDefinition;
import uz.fikr.survey.form.QuestionView.Option;
import uz.fikr.survey.form.QuestionView.Other;
import uz.fikr.survey.form.QuestionView.Point;
import uz.fikr.survey.form.QuestionView.Row;
import uz.fikr.survey.form.ReaderLanguage.LocalText;

/** Turns a survey's questions into what the template draws, in the reader's language, with their errors. */
final class QuestionViews {

    private final SurveyDefinition survey;
    private final ReaderLanguage language;
    private final MessageSource messages;
    private final Map<String, String> errors;

    /** @param errors the message for each answer key that was refused */
    QuestionViews(SurveyDefinition survey, ReaderLanguage language, MessageSource messages,
            Map<String, String> errors) {
        this.survey = survey;
        this.language = language;
        this.messages = messages;
        this.errors = errors;
    }

    List<QuestionView> all() {
        List<QuestionView> views = new ArrayList<>();
        boolean explained = false;
        for (Question question : survey.questions()) {
            boolean quality = question.type() == QuestionType.QUALITY;
            views.add(view(question, quality && !explained));
            explained |= quality;
        }
        return views;
    }

    private QuestionView view(Question q, boolean qualityIntro) {
        List<Point> points = List.of();
        List<Option> options = List.of();
        List<Row> rows = List.of();
        String hint = null;
        switch (q.type()) {
            case RATING, NPS -> {
                points = points(q);
                hint = message("form.scale.hint", q.scaleMin(), q.scaleMax());
            }
            case MATRIX -> {
                points = points(q);
                rows = q.items().stream().map(item -> new Row(item.id(), language.pick(item.text()),
                        errors.get(item.id()))).toList();
                hint = message("form.matrix.hint", q.scaleMin(), q.scaleMax());
            }
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                options = q.options().stream().map(o -> new Option(o.id(), language.pick(o.text()))).toList();
                hint = message(q.type() == QuestionType.SINGLE_CHOICE ? "form.single.hint" : "form.multiple.hint");
            }
            case TEXT -> hint = message("form.text.hint", q.textLimit());
            case QUALITY -> hint = message("form.quality.hint", Question.QUALITY_MIN, Question.QUALITY_MAX);
        }
        return new QuestionView(q.id(), kind(q.type()), language.pick(q.text()), q.required(), hint, condition(q),
                q.showIf(), errors.get(q.id()), points, options, other(q), rows, q.textLimit(), qualityIntro);
    }

    private static String kind(QuestionType type) {
        return switch (type) {
            case RATING -> "rating";
            case NPS -> "nps";
            case SINGLE_CHOICE -> "single";
            case MULTIPLE_CHOICE -> "multiple";
            case TEXT -> "text";
            case QUALITY -> "quality";
            case MATRIX -> "matrix";
        };
    }

    /** The points of the scale; a 0-10 recommendation names its ends even when the author did not. */
    private List<Point> points(Question q) {
        return IntStream.rangeClosed(q.scaleMin(), q.scaleMax()).mapToObj(point -> {
            LocalText label = Optional.ofNullable(q.labels().get(Integer.toString(point))).map(language::pick)
                    .filter(text -> !text.value().isEmpty()).orElse(null);
            if (label == null && q.type() == QuestionType.NPS && (point == q.scaleMin() || point == q.scaleMax())) {
                label = new LocalText(message(point == q.scaleMin() ? "form.nps.low" : "form.nps.high"), null);
            }
            return new Point(point, label);
        }).toList();
    }

    private @Nullable Other other(Question q) {
        if (!q.allowOther() || q.type() == QuestionType.MATRIX) {
            return null;
        }
        int limit = q.answerable().stream().filter(a -> a.id().equals(q.otherTextId())).findFirst()
                .map(Question::textLimit).orElse(Question.DEFAULT_TEXT_LIMIT);
        return new Other(q.otherTextId(), limit, errors.get(q.otherTextId()));
    }

    /** "Answer this only if …", for readers without JavaScript, who see every question. */
    private @Nullable String condition(Question q) {
        Question.ShowIf showIf = q.showIf();
        if (showIf == null) {
            return null;
        }
        Optional<Question> earlier = survey.question(showIf.question());
        String earlierText = earlier.map(e -> language.pick(e.text()).value()).orElse(showIf.question());
        if (!showIf.anyOf().isEmpty()) {
            List<String> chosen = showIf.anyOf().stream()
                    .map(option -> message("form.quote", optionText(earlier.orElse(null), option))).toList();
            String or = " " + message("form.or") + " ";
            return message("form.show-if.options", String.join(or, chosen), earlierText);
        }
        if (showIf.atLeast() != null && showIf.atMost() != null) {
            return message("form.show-if.range", showIf.atLeast(), showIf.atMost(), earlierText);
        }
        if (showIf.atLeast() != null) {
            return message("form.show-if.at-least", showIf.atLeast(), earlierText);
        }
        return showIf.atMost() == null ? null : message("form.show-if.at-most", showIf.atMost(), earlierText);
    }

    private String optionText(@Nullable Question earlier, String optionId) {
        if (Question.OTHER.equals(optionId)) {
            return message("form.other");
        }
        return earlier == null ? optionId : earlier.options().stream().filter(o -> o.id().equals(optionId))
                .findFirst().map(o -> language.pick(o.text()).value()).orElse(optionId);
    }

    private String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, language.locale());
    }
}
