package uz.fikr.dashboard.inbox;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.errors.FieldMessages;
import uz.fikr.dashboard.questions.QuestionTexts;

/**
 * The "you said, we did" entry of a resolved item: what readers asked for and what the library did, in the staff's
 * own words, its language, and whether readers see it. The hint says so: the entry is public and must hold no
 * personal details, so it is never filled in with the reader's own text.
 */
class PublicEntryFields extends Div implements LocaleChangeObserver {

    static final int MAX_TEXT = 1000;

    private final Paragraph hint = new Paragraph();
    private final TextArea youSaid = new TextArea();
    private final TextArea weDid = new TextArea();
    private final Select<String> language = new Select<>();
    private final Checkbox published = new Checkbox();

    PublicEntryFields() {
        addClassName("inbox-entry-fields");
        hint.addClassName("inbox-hint");
        hint.setId("inbox-entry-hint");
        for (TextArea area : new TextArea[] {youSaid, weDid}) {
            area.setMaxLength(MAX_TEXT);
            area.setWidthFull();
            area.getElement().setAttribute("aria-describedby", hint.getId().orElseThrow());
        }
        language.setItems(InboxLabels.LANGUAGES);
        language.setItemLabelGenerator(tag -> tag == null ? "" : InboxLabels.language(this, tag));
        add(hint, youSaid, weDid, language, published);
    }

    /** Shows the item's entry, or empty fields in the user's language. */
    void show(@Nullable PublicEntry entry) {
        clearProblems();
        youSaid.setValue(entry == null ? "" : entry.youSaid());
        weDid.setValue(entry == null ? "" : entry.weDid());
        String own = QuestionTexts.language(getLocale());
        language.setValue(entry == null ? own
                : InboxLabels.canonical(InboxLabels.LANGUAGES, entry.language()).orElse(own));
        published.setValue(entry != null && entry.published());
    }

    /** The entry as filled in, or null when the fields are empty and it is not to be published. */
    @Nullable PublicEntry value() {
        String said = youSaid.getValue().strip();
        String did = weDid.getValue().strip();
        if (said.isEmpty() && did.isEmpty() && !published.getValue()) {
            return null;
        }
        String tag = language.getValue() == null ? QuestionTexts.language(getLocale()) : language.getValue();
        return new PublicEntry(said, did, tag, published.getValue());
    }

    /** Marks the field survey-service refused ({@code publicEntry.youSaid}, ...); false for another field. */
    boolean showProblem(String field, String message) {
        HasValidation target = Map.<String, HasValidation>of("publicEntry.youSaid", youSaid, "publicEntry.weDid",
                weDid, "publicEntry.language", language).get(field);
        if (target == null) {
            return false;
        }
        FieldMessages.mark(target, message);
        return true;
    }

    void clearProblems() {
        FieldMessages.clear(youSaid, weDid, language);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        hint.setText(getTranslation("inbox.entry.hint"));
        youSaid.setLabel(getTranslation("inbox.entry.youSaid"));
        weDid.setLabel(getTranslation("inbox.entry.weDid"));
        language.setLabel(getTranslation("inbox.entry.language"));
        published.setLabel(getTranslation("inbox.entry.published"));
        InboxLabels.relabel(language);
    }
}
