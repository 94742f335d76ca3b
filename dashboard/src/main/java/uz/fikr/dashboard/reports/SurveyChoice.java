package uz.fikr.dashboard.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;

import uz.fikr.dashboard.surveys.SurveyListItem;

/**
 * The surveys a report covers, chosen from those the filter bar offers, by their titles in the user's language. A
 * survey a definition names that is no longer offered stays chosen, shown by its id. The ids keep the list's order,
 * which is the order of the report's sections.
 */
class SurveyChoice {

    private final MultiSelectComboBox<SurveyListItem> field = new MultiSelectComboBox<>();
    private final List<SurveyListItem> offered;

    SurveyChoice(List<SurveyListItem> offered) {
        this.offered = new ArrayList<>(offered);
        field.setRequired(true);
        field.setItemLabelGenerator(survey -> survey.title(ReportTexts.locale(field)));
        field.setItems(this.offered);
        if (offered.size() == 1) {
            field.select(offered.getFirst());
        }
    }

    MultiSelectComboBox<SurveyListItem> field() {
        return field;
    }

    boolean offers(String id) {
        return offered.stream().anyMatch(survey -> survey.id().equals(id));
    }

    void choose(List<String> ids) {
        for (String id : ids) {
            if (offered.stream().noneMatch(survey -> survey.id().equals(id))) {
                offered.add(new SurveyListItem(id, Map.of(), "unknown", 0, null, 0));
            }
        }
        field.setItems(offered);
        field.setValue(Set.copyOf(offered.stream().filter(survey -> ids.contains(survey.id())).toList()));
    }

    List<String> ids() {
        Set<SurveyListItem> chosen = field.getValue();
        return offered.stream().filter(chosen::contains).map(SurveyListItem::id).toList();
    }
}
