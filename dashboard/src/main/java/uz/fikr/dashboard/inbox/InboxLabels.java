package uz.fikr.dashboard.inbox;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;

import org.jspecify.annotations.Nullable;

import uz.fikr.events.ReaderProfiles;
import uz.fikr.events.ServiceAreas;
import uz.fikr.events.survey.SurveyDefinition;

/**
 * The inbox's coded values in the user's language. Codes arrive in either case (ClickHouse writes
 * {@code complaint}, the contract's examples {@code COMPLAINT}); a code without a translation is shown as it came,
 * never as a missing-key marker, and a missing one as an empty text.
 */
final class InboxLabels {

    static final List<String> LANGUAGES = SurveyDefinition.LANGUAGES;

    private InboxLabels() {
    }

    static String status(Component c, @Nullable String status) {
        return label(c, InboxFilter.STATUSES, status, code -> "inbox.status." + code);
    }

    static String source(Component c, @Nullable String source) {
        return label(c, InboxFilter.SOURCES, source, code -> "inbox.source." + code);
    }

    static String category(Component c, @Nullable String category) {
        return label(c, InboxFilter.CATEGORIES, category, code -> "category." + code.toUpperCase(Locale.ROOT));
    }

    static String channel(Component c, @Nullable String channel) {
        return label(c, InboxFilter.CHANNELS, channel, code -> "channel." + code.toUpperCase(Locale.ROOT));
    }

    static String serviceArea(Component c, @Nullable String area) {
        return label(c, ServiceAreas.ALL, area, code -> "serviceArea." + code);
    }

    static String readerGroup(Component c, @Nullable String group) {
        return label(c, ReaderProfiles.READER_GROUPS, group, code -> "readerGroup." + code);
    }

    /** The language an entry or a comment is written in, named in the user's language. */
    static String language(Component c, @Nullable String tag) {
        return label(c, LANGUAGES, tag, code -> "inbox.language." + code);
    }

    /** What the item is about: its category and service area, e.g. "Complaint · Reading rooms". */
    static String topic(Component c, InboxItem item) {
        String category = category(c, item.category());
        String area = serviceArea(c, item.serviceArea());
        return category.isEmpty() || area.isEmpty() ? category + area : category + " · " + area;
    }

    /**
     * Draws a select's options again in the user's language. Refreshing a select's items clears its value, so the
     * value is put back; callers that listen to the select ignore the two changes.
     */
    static <T> void relabel(Select<T> select) {
        T value = select.getValue();
        select.getListDataView().refreshAll();
        select.setValue(value);
    }

    /** The known code {@code value} names in any case, as the list writes it. */
    static Optional<String> canonical(List<String> codes, @Nullable String value) {
        return value == null ? Optional.empty() : codes.stream().filter(value::equalsIgnoreCase).findFirst();
    }

    private static String label(Component c, List<String> codes, @Nullable String value,
            Function<String, String> key) {
        return canonical(codes, value).map(code -> c.getTranslation(key.apply(code)))
                .orElse(value == null ? "" : value);
    }
}
