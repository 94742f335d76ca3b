package uz.fikr.analytics.report.archive;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uz.fikr.analytics.clickhouse.ClickHouse;
import uz.fikr.analytics.clickhouse.SqlLiterals;
import uz.fikr.analytics.clickhouse.SqlTemplate;
import uz.fikr.analytics.report.GeneratedReport;
import uz.fikr.analytics.report.ReportLanguage;
import uz.fikr.analytics.report.ReportPeriod;

/**
 * Every generated report, kept in ClickHouse's {@code reports} table with its three files exactly as generated:
 * stored once, listed newest first, served again byte for byte.
 */
@Component
public class ReportArchive {

    private static final Logger log = LoggerFactory.getLogger(ReportArchive.class);
    private static final SqlTemplate COLUMNS = load("columns.part");
    private static final SqlTemplate PAGE = load("page").including("columns", COLUMNS);
    private static final SqlTemplate TOTAL = load("total");
    private static final SqlTemplate REPORT = load("report").including("columns", COLUMNS);
    private static final SqlTemplate FILE = load("file");
    private static final SqlTemplate SCHEDULED = load("scheduled").including("columns", COLUMNS);

    private final ClickHouse clickHouse;

    ReportArchive(ClickHouse clickHouse) {
        this.clickHouse = clickHouse;
    }

    /** Archives a generated report under a new id and returns its metadata. */
    public ArchivedReport store(GeneratedReport report) {
        UUID id = UUID.randomUUID();
        clickHouse.insertJsonEachRow("reports", ArchiveRows.row(id, report));
        log.info("Archived report {} ({}, {} to {}, {}) for {}", id, report.request().period().kind().parameter(),
                report.request().period().from(), report.request().period().to(), report.request().language().code(),
                report.request().requestedBy());
        return find(id).orElseThrow(() -> new IllegalStateException("Report " + id + " not found after its insert"));
    }

    /** A page of the archive, newest first. */
    public ArchivePage page(int limit, int offset) {
        List<ArchivedReport> reports = clickHouse.query(PAGE,
                        Map.of("limit", SqlLiterals.integer(limit), "offset", SqlLiterals.integer(offset)))
                .stream().map(ArchiveRows::metadata).toList();
        long total = clickHouse.query(TOTAL, Map.of()).stream().mapToLong(row -> row.get("total").asLong())
                .findFirst().orElse(0);
        return new ArchivePage(reports, total);
    }

    public Optional<ArchivedReport> find(UUID id) {
        return clickHouse.query(REPORT, Map.of("id", uuid(id))).stream().findFirst().map(ArchiveRows::metadata);
    }

    /** One file of an archived report, the bytes exactly as generated. */
    public Optional<byte[]> file(UUID id, ReportFormat format) {
        return clickHouse.query(FILE, Map.of("id", uuid(id), "content", format.code())).stream().findFirst()
                .map(ArchiveRows::content);
    }

    /** The latest report a definition generated for a period in a language, if it did. */
    public Optional<ArchivedReport> scheduled(String definitionId, ReportPeriod period, ReportLanguage language) {
        return clickHouse.query(SCHEDULED, Map.of("definitionId", SqlLiterals.string(definitionId),
                        "periodKind", SqlLiterals.string(period.kind().parameter()),
                        "periodFrom", SqlLiterals.string(period.from().toString()),
                        "periodTo", SqlLiterals.string(period.to().toString()),
                        "language", SqlLiterals.string(language.code())))
                .stream().findFirst().map(ArchiveRows::metadata);
    }

    /** The archive's answer to a list request. */
    public record ArchivePage(List<ArchivedReport> reports, long total) {}

    private static String uuid(UUID id) {
        return "toUUID(" + SqlLiterals.string(id.toString()) + ")";
    }

    private static SqlTemplate load(String name) {
        return SqlTemplate.load("sql/reports/" + name + ".sql");
    }
}
