package uz.fikr.dashboard.surveys;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;

import uz.fikr.dashboard.format.Formats;
import uz.fikr.dashboard.table.TableData;

/**
 * Response counts as the user reads them: numbers formatted for their language, channels and branches named,
 * suppressed groups said to be suppressed and never shown as a number.
 */
final class CountTexts {

    private final Component texts;
    private final Formats formats;

    CountTexts(Component texts, Locale locale) {
        this.texts = texts;
        this.formats = Formats.of(locale);
    }

    /** The total as a cell: shown formatted, exported as the number; "–" when there is nothing to count. */
    Object total(ResponseCounts counts) {
        Long total = counts.total();
        return total == null ? "–" : new TableData.Cell(formats.integer(total), total);
    }

    /** One line for a table cell, e.g. "Website: 120 · QR code: suppressed (fewer than 5 respondents)". */
    String inLine(List<ResponseCounts.GroupCount> groups, boolean channels, int minimumGroupSize) {
        if (groups.isEmpty()) {
            return "–";
        }
        return groups.stream().map(group -> texts.getTranslation("surveys.counts.group",
                channels ? channel(group.group()) : branch(group.group()), n(group, minimumGroupSize)))
                .collect(Collectors.joining(" · "));
    }

    /** A group's n as a cell: the number, or the suppression notice. */
    Object n(ResponseCounts.GroupCount group, int minimumGroupSize) {
        Long n = group.n();
        if (group.suppressed() || n == null) {
            return texts.getTranslation("common.suppressed", minimumGroupSize);
        }
        return new TableData.Cell(formats.integer(n), n);
    }

    /** A table of one grouping, for the survey's page. */
    TableData table(String name, List<ResponseCounts.GroupCount> groups, boolean channels, int minimumGroupSize) {
        String kind = channels ? "channel" : "branch";
        var table = TableData.builder(name, texts.getTranslation("surveys.counts." + kind + ".caption"),
                texts.getTranslation("surveys.counts." + kind), texts.getTranslation("surveys.counts.n"));
        for (ResponseCounts.GroupCount group : groups) {
            table.row(channels ? channel(group.group()) : branch(group.group()), n(group, minimumGroupSize));
        }
        return table.build();
    }

    String channel(String code) {
        return code.isEmpty() ? texts.getTranslation("surveys.counts.unknown")
                : texts.getTranslation("channel." + code.toUpperCase(Locale.ROOT));
    }

    String branch(String code) {
        return code.isEmpty() ? texts.getTranslation("surveys.counts.noBranch") : code;
    }
}
