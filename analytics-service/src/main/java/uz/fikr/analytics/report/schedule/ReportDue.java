package uz.fikr.analytics.report.schedule;

import java.time.Instant;
import java.time.LocalDate;
import tools.jackson.databind.json.JsonMapper;
import uz.fikr.analytics.report.PeriodKind;
import uz.fikr.analytics.report.ReportPeriod;

/**
 * A definition's schedule fired for a period: published on {@value #TOPIC}, keyed by the definition id, so every
 * due event of one definition lands on one partition and is handled by one consumer, in order.
 *
 * @param fireTime when the schedule fired (the latest firing at or before the tick that noticed it)
 */
record ReportDue(int schemaVersion, String definitionId, String periodKind, LocalDate periodFrom,
        LocalDate periodTo, Instant fireTime) {

    static final String TOPIC = "fikr.reports.due.v1";
    static final int SCHEMA_VERSION = 1;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static ReportDue of(String definitionId, ReportPeriod period, Instant fireTime) {
        return new ReportDue(SCHEMA_VERSION, definitionId, period.kind().parameter(), period.from(), period.to(),
                fireTime);
    }

    ReportPeriod period() {
        return new ReportPeriod(PeriodKind.fromParameter(periodKind).orElseThrow(), periodFrom, periodTo);
    }

    byte[] json() {
        return JSON.writeValueAsBytes(this);
    }

    static ReportDue read(byte[] json) {
        ReportDue due = JSON.readValue(json, ReportDue.class);
        if (due.schemaVersion() != SCHEMA_VERSION) {
            throw new IllegalArgumentException("schemaVersion " + due.schemaVersion() + " is not read here");
        }
        return due;
    }
}
