package uz.fikr.dashboard.compare;

import java.util.List;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

import uz.fikr.events.survey.Question;

/**
 * The two choices of the Compare page: which question, and which groups. A choice the user makes is reported (the
 * page puts it into the address); what the address says is shown without reporting it back.
 */
class CompareControls extends Div implements LocaleChangeObserver {

    private final Select<Question> question = new Select<>();
    private final Select<GroupBy> grouping = new Select<>();
    private List<Question> offered = List.of();
    private boolean updating;

    CompareControls(BiConsumer<Question, GroupBy> onChange) {
        addClassName("compare-controls");
        question.addClassName("compare-question");
        grouping.addClassName("compare-by");
        question.setItemLabelGenerator(item -> CompareQuestions.text(item, getLocale()));
        grouping.setItems(GroupBy.values());
        grouping.setItemLabelGenerator(by -> getTranslation(by.labelKey()));
        question.addValueChangeListener(event -> changed(onChange));
        grouping.addValueChangeListener(event -> changed(onChange));
        add(question, grouping);
    }

    void show(List<Question> offered, Question chosen, GroupBy by) {
        updating = true;
        try {
            if (!offered.equals(this.offered)) {
                this.offered = List.copyOf(offered);
                question.setItems(this.offered);
            }
            question.setValue(chosen);
            grouping.setValue(by);
        }
        finally {
            updating = false;
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        question.setLabel(getTranslation("compare.question"));
        grouping.setLabel(getTranslation("compare.by"));
        Question chosen = question.getValue();
        GroupBy by = grouping.getValue();
        updating = true;
        try {
            // the item labels follow the language
            question.setItems(offered);
            question.setValue(chosen);
            grouping.setItems(GroupBy.values());
            grouping.setValue(by);
        }
        finally {
            updating = false;
        }
    }

    private void changed(BiConsumer<Question, GroupBy> onChange) {
        if (!updating && question.getValue() != null && grouping.getValue() != null) {
            onChange.accept(question.getValue(), grouping.getValue());
        }
    }
}
