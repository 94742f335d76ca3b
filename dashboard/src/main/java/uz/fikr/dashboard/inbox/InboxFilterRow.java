package uz.fikr.dashboard.inbox;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

import org.jspecify.annotations.Nullable;

import uz.fikr.events.ReaderProfiles;
import uz.fikr.events.ServiceAreas;

/**
 * The inbox's own filters: period, service area, category, branch, channel, status, source and a text search, laid
 * out like the shared filter bar. It shows an {@link InboxFilter} and reports the filter a user makes of it; the
 * page puts that into the address.
 */
class InboxFilterRow extends Section implements LocaleChangeObserver {

    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<String> serviceArea = codes(ServiceAreas.ALL, code -> InboxLabels.serviceArea(this, code));
    private final Select<String> category = codes(InboxFilter.CATEGORIES, code -> InboxLabels.category(this, code));
    private final ComboBox<String> branch = new ComboBox<>();
    private final Select<String> channel = codes(InboxFilter.CHANNELS, code -> InboxLabels.channel(this, code));
    private final Select<String> status = codes(InboxFilter.STATUSES, code -> InboxLabels.status(this, code));
    private final Select<String> source = codes(InboxFilter.SOURCES, code -> InboxLabels.source(this, code));
    private final TextField search = new TextField();
    private final Consumer<InboxFilter> onChange;
    private @Nullable InboxFilter shown;
    private boolean updating;

    InboxFilterRow(List<String> branches, Consumer<InboxFilter> onChange) {
        this.onChange = onChange;
        addClassNames("filter-bar", "inbox-filters");
        getElement().setAttribute("role", "search");
        branch.setItems(branches);
        branch.setAllowCustomValue(true);
        branch.setClearButtonVisible(true);
        branch.addCustomValueSetListener(event -> {
            String code = event.getDetail().strip().toLowerCase(Locale.ROOT);
            if (ReaderProfiles.BRANCH.matcher(code).matches()) {
                branch.setValue(code);
            }
        });
        search.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        search.setClearButtonVisible(true);
        search.setMaxLength(InboxFilter.MAX_TEXT);
        List<HasValue<?, ?>> fields = List.of(from, to, serviceArea, category, branch, channel, status, source, search);
        for (HasValue<?, ?> field : fields) {
            field.addValueChangeListener(event -> changed());
        }
        add(search, from, to, status, category, serviceArea, source, channel, branch);
    }

    /** Shows {@code filter} without reporting a change. */
    void show(InboxFilter filter) {
        shown = filter;
        updating = true;
        try {
            from.setValue(filter.from());
            to.setValue(filter.to());
            serviceArea.setValue(filter.serviceArea());
            category.setValue(filter.category());
            branch.setValue(filter.branch());
            channel.setValue(filter.channel());
            status.setValue(filter.status());
            source.setValue(filter.source());
            search.setValue(filter.q() == null ? "" : filter.q());
        }
        finally {
            updating = false;
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        search.setLabel(getTranslation("inbox.filter.search"));
        from.setLabel(getTranslation("filter.from"));
        to.setLabel(getTranslation("filter.to"));
        serviceArea.setLabel(getTranslation("inbox.filter.serviceArea"));
        category.setLabel(getTranslation("inbox.filter.category"));
        branch.setLabel(getTranslation("filter.branch"));
        branch.setPlaceholder(getTranslation("filter.branch.all"));
        channel.setLabel(getTranslation("inbox.filter.channel"));
        status.setLabel(getTranslation("inbox.filter.status"));
        source.setLabel(getTranslation("inbox.filter.source"));
        updating = true;
        try {
            for (var select : List.of(serviceArea, category, channel, status, source)) {
                select.setEmptySelectionCaption(getTranslation("inbox.filter.all"));
                InboxLabels.relabel(select);
            }
        }
        finally {
            updating = false;
        }
        from.setLocale(event.getLocale());
        to.setLocale(event.getLocale());
        getElement().setAttribute("aria-label", getTranslation("inbox.filter.label"));
    }

    private void changed() {
        if (updating || shown == null || from.getValue() == null || to.getValue() == null) {
            return;
        }
        String text = search.getValue().strip();
        var filter = new InboxFilter(from.getValue(), to.getValue(), serviceArea.getValue(), category.getValue(),
                branch.getValue(), channel.getValue(), status.getValue(), source.getValue(),
                text.isEmpty() ? null : text);
        if (!filter.equals(shown)) {
            shown = filter;
            onChange.accept(filter);
        }
    }

    private static Select<String> codes(List<String> codes, Function<String, String> label) {
        var select = new Select<String>();
        select.setItems(codes);
        select.setEmptySelectionAllowed(true);
        select.setItemLabelGenerator(code -> code == null ? "" : label.apply(code));
        return select;
    }
}
