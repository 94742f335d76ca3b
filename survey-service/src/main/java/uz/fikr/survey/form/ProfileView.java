package uz.fikr.survey.form;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One question of the reader-profile block: radios, checkboxes ({@code multiple}) or, for the branch, a select.
 * {@code name} is both the form field and, after {@code respondent.}, the field an error names.
 */
record ProfileView(String name, String legend, String kind, List<Choice> choices, @Nullable String error) {

    static final String READER_GROUP = "readerGroup";
    static final String AGE_BAND = "ageBand";
    static final String VISIT_FREQUENCY = "visitFrequency";
    static final String ACCESSIBILITY_NEEDS = "accessibilityNeeds";
    static final String BRANCH = FormValues.BRANCH;

    public @Nullable String describedBy() {
        return error == null ? null : "e-" + name;
    }

    record Choice(String value, String text) {}
}
