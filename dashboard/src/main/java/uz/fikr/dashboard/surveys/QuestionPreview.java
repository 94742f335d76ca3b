package uz.fikr.dashboard.surveys;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import uz.fikr.dashboard.format.Formats;
import uz.fikr.events.survey.Question;
import uz.fikr.events.survey.QuestionType;
import uz.fikr.events.survey.SurveyDefinition;

/**
 * One question of the preview, read-only: its text in the chosen language, whether it is required, how it is
 * answered (the scale with its named points, the options, the text limit, the three columns) and when it is asked.
 */
class QuestionPreview extends ListItem {

    QuestionPreview(SurveyDefinition survey, Question question, String language) {
        addClassName("question-preview");
        var text = new Span(SurveyLanguages.reader(question.text(), language));
        text.addClassName("question-preview-text");
        var heading = new Paragraph(text);
        if (question.required()) {
            var required = new Span(getTranslation("surveys.preview.required"));
            required.addClassName("question-preview-required");
            heading.add(new Text(" "), required);
        }
        add(heading);
        SkipHints.of(this, survey, question, language).ifPresent(hint -> add(note(hint, "question-preview-skip")));
        add(note(answer(question, language), "question-preview-answer"));
        if (!question.options().isEmpty() || question.allowOther()) {
            var options = new UnorderedList();
            question.options().forEach(option -> options.add(
                    new ListItem(SurveyLanguages.reader(option.text(), language))));
            if (question.allowOther()) {
                options.add(new ListItem(getTranslation("surveys.preview.other")));
            }
            add(options);
        }
        if (!question.items().isEmpty()) {
            var items = new UnorderedList();
            question.items().forEach(item -> items.add(new ListItem(SurveyLanguages.reader(item.text(), language))));
            add(items);
        }
    }

    private String answer(Question question, String language) {
        return switch (question.type()) {
            case RATING, NPS, MATRIX -> getTranslation("surveys.preview.scale", question.scaleMin(),
                    question.scaleMax(), labels(question, language));
            case SINGLE_CHOICE -> getTranslation("surveys.preview.single");
            case MULTIPLE_CHOICE -> getTranslation("surveys.preview.multiple");
            case TEXT -> getTranslation("surveys.preview.text",
                    Formats.of(getLocale()).integer(question.textLimit()));
            case QUALITY -> getTranslation("surveys.preview.quality", Question.QUALITY_MIN, Question.QUALITY_MAX);
        };
    }

    /** The named points of a scale, e.g. "1 = Not at all; 5 = I liked it a lot", or empty. */
    private static String labels(Question question, String language) {
        if (question.type() == QuestionType.QUALITY) {
            return "";
        }
        return IntStream.rangeClosed(question.scaleMin(), question.scaleMax()).boxed()
                .flatMap(point -> question.label(point, language)
                        .or(() -> question.label(point, SurveyDefinition.DEFAULT_LANGUAGE))
                        .map(label -> point + " = " + label).stream())
                .collect(Collectors.joining("; "));
    }

    private static Paragraph note(String text, String className) {
        var note = new Paragraph(text);
        note.addClassName(className);
        return note;
    }
}
