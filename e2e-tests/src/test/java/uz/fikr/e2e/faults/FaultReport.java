package uz.fikr.e2e.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The table the fault suite prints: one row per scenario, in the order they ran. */
public final class FaultReport {

    private static final String FORMAT = "%-52s %6s %6s %6s %5s %5s %5s %5s %6s %9s %7s  %s%n";

    private final List<Reconciliation.Row> rows = new ArrayList<>();
    private final List<Duration> took = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    /** A scenario's row, and how long the whole scenario took. */
    public synchronized void add(Reconciliation.Row row, Duration scenarioTook) {
        rows.add(row);
        took.add(scenarioTook);
    }

    public synchronized void skipped(String scenario, String why) {
        skipped.add(scenario + ": " + why);
    }

    public synchronized String render(Duration total, long seed) {
        StringBuilder table = new StringBuilder();
        table.append("Fikr fault injection (seed ").append(seed).append(", ").append(seconds(total))
                .append(" in all)\n");
        table.append(String.format(Locale.ROOT, FORMAT, "scenario", "sent", "acked", "stored", "lost", "dup",
                "half", "dlt", "copies", "recovery", "took", "notes"));
        for (int i = 0; i < rows.size(); i++) {
            Reconciliation.Row row = rows.get(i);
            table.append(String.format(Locale.ROOT, FORMAT, row.scenario(), row.sent(), row.acknowledged(),
                    row.stored(), row.lost(), row.duplicated(), row.halfStored(), row.deadLettered(), row.copies(),
                    row.recovery() == null ? "-" : seconds(row.recovery()), seconds(took.get(i)), row.notes()));
        }
        table.append("""
                sent: distinct response ids posted; acked: got 202; stored: held whole in ClickHouse; lost: acked \
                but not stored, or the most a summary figure fell short; dup: the most a summary figure (responses, \
                n, count per value) grew beyond the stored responses counted once; half: partly stored; dlt: \
                distinct records dead-lettered; copies: extra physical rows still unmerged at the end (background \
                merges fold copies within a month, so 0 does not mean nothing was stored twice); recovery: from \
                healing the fault (restart issued, link restored) until every acknowledged response was counted and \
                the consumer had committed everything; took: the whole scenario.
                """);
        skipped.forEach(line -> table.append("skipped ").append(line).append('\n'));
        return table.toString();
    }

    public void write(Path file, String rendered) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, rendered);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
