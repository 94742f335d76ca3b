package uz.fikr.dashboard.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;

import uz.fikr.dashboard.errors.FieldMessages;
import uz.fikr.dashboard.service.ServiceException.FieldProblem;

/**
 * Shows analytics-service's refusal on a form: its problems name fields by their JSON path ({@code period.from},
 * {@code recipients[1]}); a path with an index is shown on the field of the list.
 */
final class FormProblems {

    private FormProblems() {
    }

    /**
     * Marks the fields the problems name; returns the messages of those that name no field of the form, so the
     * form can show them beside its button.
     */
    static List<String> show(List<FieldProblem> problems, Map<String, ? extends HasValidation> fields) {
        var messages = new LinkedHashMap<HasValidation, List<String>>();
        var unplaced = new ArrayList<String>();
        for (FieldProblem problem : problems) {
            HasValidation field = fields.get(problem.field().replaceAll("\\[\\d+]$", ""));
            if (field == null) {
                unplaced.add(problem.field().isEmpty() ? problem.message() : problem.field() + ": "
                        + problem.message());
            }
            else {
                messages.computeIfAbsent(field, f -> new ArrayList<>()).add(problem.message());
            }
        }
        messages.forEach((field, texts) -> FieldMessages.mark(field, String.join("; ", texts)));
        return unplaced;
    }
}
