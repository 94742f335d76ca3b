package uz.fikr.dashboard.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.surveys.SurveyListItem;
import uz.fikr.events.ReaderProfiles;

/**
 * The one filter bar every page with figures shares: survey and version, period, branch and reader group. It
 * shows a {@link ViewFilter} and reports the filter a user makes of it; the layout puts that into the address.
 */
public class FilterBar extends Section implements LocaleChangeObserver {

    private static final String ALL = "";

    private final ComboBox<SurveyListItem> survey = new ComboBox<>();
    private final Select<Integer> version = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<String> branch = new ComboBox<>();
    private final Select<String> readerGroup = new Select<>();
    private final Consumer<ViewFilter> onChange;
    private List<SurveyListItem> surveys = List.of();
    private @Nullable ViewFilter shown;
    private boolean updating;

    public FilterBar(Consumer<ViewFilter> onChange) {
        this.onChange = onChange;
        addClassName("filter-bar");
        getElement().setAttribute("role", "search");
        survey.setId("filter-survey");
        survey.setWidth("22rem");
        version.setId("filter-version");
        from.setId("filter-from");
        to.setId("filter-to");
        branch.setId("filter-branch");
        readerGroup.setId("filter-group");
        survey.setItemLabelGenerator(item -> item.title(getLocale()) + " (" + item.id() + ")");
        survey.setAllowCustomValue(false);
        version.setEmptySelectionAllowed(true);
        version.setItemLabelGenerator(v -> v == null ? "" : getTranslation("filter.version.number", v));
        branch.setAllowCustomValue(true);
        branch.setClearButtonVisible(true);
        branch.addCustomValueSetListener(event -> {
            String code = event.getDetail().trim().toLowerCase(java.util.Locale.ROOT);
            if (ReaderProfiles.BRANCH.matcher(code).matches()) {
                branch.setValue(code);
            }
        });
        readerGroup.setItems(withAll(ReaderProfiles.READER_GROUPS));
        readerGroup.setItemLabelGenerator(group -> group.equals(ALL) ? getTranslation("filter.group.all")
                : getTranslation("readerGroup." + group));
        survey.addValueChangeListener(event -> changed());
        version.addValueChangeListener(event -> changed());
        from.addValueChangeListener(event -> changed());
        to.addValueChangeListener(event -> changed());
        branch.addValueChangeListener(event -> changed());
        readerGroup.addValueChangeListener(event -> changed());
        add(survey, version, from, to, branch, readerGroup);
    }

    /** Offers these surveys and branches. */
    public void setOptions(List<SurveyListItem> surveys, List<String> branches) {
        this.surveys = List.copyOf(surveys);
        updating = true;
        try {
            survey.setItems(this.surveys);
            branch.setItems(branches);
        }
        finally {
            updating = false;
        }
    }

    /** Shows {@code filter} without reporting a change. */
    public void show(ViewFilter filter) {
        shown = filter;
        updating = true;
        try {
            SurveyListItem chosen = surveys.stream().filter(item -> item.id().equals(filter.survey())).findFirst()
                    .orElse(null);
            survey.setValue(chosen);
            List<Integer> versions = chosen == null ? List.of()
                    : IntStream.rangeClosed(1, chosen.latestVersion()).boxed().toList();
            version.setItems(versions);
            version.setValue(filter.version() != null && versions.contains(filter.version()) ? filter.version() : null);
            from.setValue(filter.from());
            to.setValue(filter.to());
            branch.setValue(filter.branch());
            readerGroup.setValue(filter.readerGroup() == null ? ALL : filter.readerGroup());
        }
        finally {
            updating = false;
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        survey.setLabel(getTranslation("filter.survey"));
        version.setLabel(getTranslation("filter.version"));
        version.setEmptySelectionCaption(getTranslation("filter.version.all"));
        version.setPlaceholder(getTranslation("filter.version.all"));
        from.setLabel(getTranslation("filter.from"));
        to.setLabel(getTranslation("filter.to"));
        branch.setLabel(getTranslation("filter.branch"));
        branch.setPlaceholder(getTranslation("filter.branch.all"));
        readerGroup.setLabel(getTranslation("filter.group"));
        from.setLocale(event.getLocale());
        to.setLocale(event.getLocale());
        getElement().setAttribute("aria-label", getTranslation("filter.label"));
        // new labels for the same items; refreshing would clear the values, so they are put back without a change
        updating = true;
        try {
            String group = readerGroup.getValue();
            Integer chosenVersion = version.getValue();
            SurveyListItem chosenSurvey = survey.getValue();
            readerGroup.getListDataView().refreshAll();
            version.getListDataView().refreshAll();
            survey.setItems(surveys); // titles in the new language
            readerGroup.setValue(group);
            version.setValue(chosenVersion);
            survey.setValue(chosenSurvey);
        }
        finally {
            updating = false;
        }
    }

    private void changed() {
        if (updating || shown == null || from.getValue() == null || to.getValue() == null) {
            return;
        }
        SurveyListItem chosenSurvey = survey.getValue();
        String surveyId = chosenSurvey == null ? shown.survey() : chosenSurvey.id();
        Integer chosenVersion = Objects.equals(surveyId, shown.survey()) ? version.getValue() : null;
        String group = readerGroup.getValue();
        var filter = new ViewFilter(surveyId, chosenVersion, from.getValue(), to.getValue(), branch.getValue(),
                group == null || group.equals(ALL) ? null : group);
        if (!filter.equals(shown)) {
            shown = filter;
            onChange.accept(filter);
        }
    }

    private static List<String> withAll(List<String> values) {
        var all = new ArrayList<String>();
        all.add(ALL);
        all.addAll(values);
        return all;
    }
}
