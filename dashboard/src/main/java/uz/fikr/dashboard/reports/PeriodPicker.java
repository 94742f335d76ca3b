package uz.fikr.dashboard.reports;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Map;
import java.util.stream.IntStream;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.errors.FieldMessages;

/**
 * The period of a report on demand: its kind, then a month and year, a quarter and year, a year, or two days. It
 * starts at the last whole month before today. {@link #value()} is the period as analytics-service takes it, or null
 * after marking what is missing.
 */
class PeriodPicker extends Div implements LocaleChangeObserver {

    private final RadioButtonGroup<String> kind = new RadioButtonGroup<>();
    private final Select<Month> month = new Select<>();
    private final Select<Integer> quarter = new Select<>();
    private final IntegerField year = new IntegerField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    PeriodPicker(LocalDate today) {
        addClassName("report-period");
        kind.setItems(ReportTexts.KINDS);
        kind.setItemLabelGenerator(code -> ReportTexts.kind(this, code));
        kind.addValueChangeListener(event -> showPickers());
        month.setItems(Month.values());
        month.setItemLabelGenerator(m -> m == null ? "" : m.getDisplayName(TextStyle.FULL_STANDALONE, getLocale()));
        quarter.setItems(IntStream.rangeClosed(1, 4).boxed().toList());
        quarter.setItemLabelGenerator(q -> q == null ? "" : getTranslation("reports.quarter.number", q));
        year.setMin(2000);
        year.setMax(today.getYear() + 1);
        year.setStepButtonsVisible(true);
        YearMonth last = YearMonth.from(today).minusMonths(1);
        month.setValue(last.getMonth());
        quarter.setValue(today.withDayOfMonth(1).minusMonths(3).get(IsoFields.QUARTER_OF_YEAR));
        year.setValue(last.getYear());
        from.setValue(last.atDay(1));
        to.setValue(last.atEndOfMonth());
        kind.setValue(Period.MONTH);
        add(kind, month, quarter, year, from, to);
    }

    /** The period chosen, or null when a part is missing (then that field says so). */
    @Nullable Period value() {
        clear();
        String chosen = kind.getValue() == null ? Period.MONTH : kind.getValue();
        Integer y = year.getValue();
        boolean needsYear = !Period.CUSTOM.equals(chosen);
        if (needsYear && (y == null || year.isInvalid())) {
            FieldMessages.mark(year, getTranslation("reports.period.yearMissing"));
            return null;
        }
        return switch (chosen) {
            case Period.MONTH -> month.getValue() == null ? missing(month)
                    : new Period(chosen, LocalDate.of(y, month.getValue(), 1), null);
            case Period.QUARTER -> quarter.getValue() == null ? missing(quarter)
                    : new Period(chosen, LocalDate.of(y, 3 * quarter.getValue() - 2, 1), null);
            case Period.YEAR -> new Period(chosen, LocalDate.of(y, 1, 1), null);
            default -> custom();
        };
    }

    /** The fields a refusal of {@code period.*} is shown on, for the kind chosen. */
    Map<String, HasValidation> fields() {
        HasValidation first = switch (kind.getValue() == null ? Period.MONTH : kind.getValue()) {
            case Period.MONTH -> month;
            case Period.QUARTER -> quarter;
            case Period.YEAR -> year;
            default -> from;
        };
        return Map.of("period", first, "period.kind", first, "period.from", first,
                "period.to", Period.CUSTOM.equals(kind.getValue()) ? to : first);
    }

    void clear() {
        FieldMessages.clear(month, quarter, year, from, to);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        kind.setLabel(getTranslation("reports.form.kind"));
        month.setLabel(getTranslation("reports.form.month"));
        quarter.setLabel(getTranslation("reports.form.quarter"));
        year.setLabel(getTranslation("reports.form.year"));
        from.setLabel(getTranslation("reports.form.from"));
        to.setLabel(getTranslation("reports.form.to"));
        ReportTexts.relabel(month);
        ReportTexts.relabel(quarter);
        ReportTexts.relabel(kind);
    }

    private void showPickers() {
        String chosen = kind.getValue() == null ? Period.MONTH : kind.getValue();
        month.setVisible(Period.MONTH.equals(chosen));
        quarter.setVisible(Period.QUARTER.equals(chosen));
        year.setVisible(!Period.CUSTOM.equals(chosen));
        from.setVisible(Period.CUSTOM.equals(chosen));
        to.setVisible(Period.CUSTOM.equals(chosen));
        clear();
    }

    private @Nullable Period custom() {
        if (from.getValue() == null) {
            return missing(from);
        }
        if (to.getValue() == null) {
            return missing(to);
        }
        if (to.getValue().isBefore(from.getValue())) {
            FieldMessages.mark(to, getTranslation("reports.period.toBeforeFrom"));
            return null;
        }
        return new Period(Period.CUSTOM, from.getValue(), to.getValue());
    }

    private @Nullable Period missing(HasValidation field) {
        FieldMessages.mark(field, getTranslation("reports.form.required"));
        return null;
    }
}
