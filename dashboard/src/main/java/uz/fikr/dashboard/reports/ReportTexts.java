package uz.fikr.dashboard.reports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.provider.HasListDataView;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.format.Formats;

/** The page's coded values in the user's language: periods, report languages, period kinds and run steps. */
final class ReportTexts {

    static final List<String> LANGUAGES = List.of("uz-Latn", "ru", "en");
    static final List<String> SCHEDULED_KINDS = List.of(Period.MONTH, Period.QUARTER, Period.YEAR);
    static final List<String> KINDS = List.of(Period.MONTH, Period.QUARTER, Period.YEAR, Period.CUSTOM);
    private static final Set<String> STEPS = Set.of("queued", "summary", "kpis", "quality", "gaps", "comparisons",
            "trends", "needs", "themes", "methodology", "pdf", "xlsx", "csv", "archive");

    private ReportTexts() {
    }

    /** A period as the user's language writes it: "November 2026", "4-й квартал 2026 г.", "2026-yil". */
    static String period(Component c, Period period) {
        Locale locale = locale(c);
        LocalDate from = period.from();
        return switch (period.kind()) {
            case Period.MONTH -> DateTimeFormatter.ofLocalizedPattern("yMMMM").withLocale(locale).format(from);
            case Period.QUARTER -> DateTimeFormatter.ofLocalizedPattern("yQQQQ").withLocale(locale).format(from);
            case Period.YEAR -> c.getTranslation("reports.period.year", Integer.toString(from.getYear()));
            default -> {
                Formats formats = Formats.of(locale);
                LocalDate to = period.to() == null ? from : period.to();
                yield formats.date(from) + " – " + formats.date(to);
            }
        };
    }

    /** The user's language, as the component's UI has it. */
    static Locale locale(Component c) {
        return c.getUI().or(() -> Optional.ofNullable(UI.getCurrent())).map(UI::getLocale).orElse(Locale.ENGLISH);
    }

    /** A report language ({@code uz-Latn}, {@code ru}, {@code en}) named in the user's language. */
    static String language(Component c, @Nullable String code) {
        return code != null && LANGUAGES.contains(code) ? c.getTranslation("reports.language." + code)
                : code == null ? "" : code;
    }

    static String kind(Component c, @Nullable String kind) {
        return kind != null && KINDS.contains(kind) ? c.getTranslation("reports.kind." + kind)
                : kind == null ? "" : kind;
    }

    /** The step a run is at, in words; a step the page does not know by its name. */
    static String step(Component c, @Nullable String step) {
        if (step == null || step.isBlank()) {
            return c.getTranslation("reports.step.queued");
        }
        return STEPS.contains(step) ? c.getTranslation("reports.step." + step) : step;
    }

    /** Who asked for a report: a user's name as it came, or "On schedule". */
    static String requestedBy(Component c, String requestedBy) {
        return ArchivedReport.SCHEDULE.equals(requestedBy) ? c.getTranslation("reports.requestedBy.schedule")
                : requestedBy;
    }

    /** Draws a choice's options again in the user's language, keeping its value (a refresh clears it). */
    static <T, C extends AbstractSinglePropertyField<C, T> & HasListDataView<T, ?>> void relabel(C choice) {
        T value = choice.getValue();
        choice.getListDataView().refreshAll();
        choice.setValue(value);
    }
}
