package uz.fikr.analytics.report.schedule;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;
import uz.fikr.analytics.clickhouse.ClickHouseUnavailableException;
import uz.fikr.analytics.report.ReportPeriod;
import uz.fikr.analytics.report.ReportProgress;
import uz.fikr.analytics.report.archive.ArchivedReport;
import uz.fikr.analytics.report.archive.ArchivedReport.PeriodView;
import uz.fikr.analytics.report.archive.ReportArchive;
import uz.fikr.analytics.report.archive.ReportFormat;
import uz.fikr.analytics.report.archive.ReportMaker;

/**
 * Delivers one due report, once: skips a period already sent; otherwise takes the report the definition archived
 * for the period (or generates and archives it), e-mails it, and records the delivery. A failed attempt is recorded
 * with its reason and tried again by a later tick; ClickHouse failing before the e-mail went out is thrown, so the
 * due event is handled again.
 */
@Component
class ReportDelivery {

    private static final Logger log = LoggerFactory.getLogger(ReportDelivery.class);
    static final String NOT_CONFIGURED = "SMTP is not configured (FIKR_SMTP_HOST is not set); the report was "
            + "archived but not sent";
    private static final int RECORD_TRIES = 5;

    private final ReportDefinitions definitions;
    private final ReportDeliveries deliveries;
    private final ReportArchive archive;
    private final ReportMaker maker;
    private final ReportMailer mailer;
    private final Clock clock;
    private final MeterRegistry registry;

    ReportDelivery(ReportDefinitions definitions, ReportDeliveries deliveries, ReportArchive archive,
            ReportMaker maker, ReportMailer mailer, Clock clock, MeterRegistry registry) {
        this.definitions = definitions;
        this.deliveries = deliveries;
        this.archive = archive;
        this.maker = maker;
        this.mailer = mailer;
        this.clock = clock;
        this.registry = registry;
    }

    void deliver(ReportDue due) {
        ReportPeriod period = due.period();
        Optional<ReportDefinition> found = definitions.find(due.definitionId()).filter(ReportDefinition::enabled);
        if (found.isEmpty() || deliveries.state(due.definitionId(), period).sent()) {
            count("skipped");
            log.info("Report {} for {} not sent again: {}", due.definitionId(), period.from(),
                    found.isEmpty() ? "no such enabled definition" : "already sent");
            return;
        }
        ReportDefinition definition = found.get();
        ArchivedReport report;
        try {
            report = archive.scheduled(definition.id(), period, definition.language())
                    .orElseGet(() -> maker.make(definition.request(period), ReportProgress.NONE));
        } catch (ClickHouseUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            failed(due, definition, null, "The report could not be written: " + e.getMessage());
            return;
        }
        if (!mailer.configured()) {
            failed(due, definition, report, NOT_CONFIGURED);
            return;
        }
        byte[] pdf = archive.file(report.id(), ReportFormat.PDF).orElseThrow();
        try {
            mailer.send(definition, period, report, pdf);
        } catch (MailException e) {
            failed(due, definition, report, "The e-mail was not accepted: " + e.getMessage());
            return;
        }
        recordSent(attempt(due, definition, report, Delivery.SENT, null));
    }

    private void failed(ReportDue due, ReportDefinition definition, @Nullable ArchivedReport report, String error) {
        count("failed");
        log.warn("Report {} for {} not delivered: {}", due.definitionId(), due.periodFrom(), error);
        deliveries.record(attempt(due, definition, report, Delivery.FAILED, error));
    }

    /**
     * Records a sent e-mail, trying a few times: should it stay unrecorded, the period is sent again later, with
     * the same Message-ID.
     */
    private void recordSent(Delivery delivery) {
        for (int tries = 1; ; tries++) {
            try {
                deliveries.record(delivery);
                count("sent");
                log.info("Report {} for {} sent to {} recipients", delivery.definitionId(), delivery.period().from(),
                        delivery.recipients().size());
                return;
            } catch (ClickHouseUnavailableException e) {
                if (tries == RECORD_TRIES) {
                    log.error("Report {} for {} was sent but could not be recorded; it will be sent again ({})",
                            delivery.definitionId(), delivery.period().from(), delivery.messageId(), e);
                    return;
                }
                pause(Duration.ofSeconds(1L << tries));
            }
        }
    }

    private Delivery attempt(ReportDue due, ReportDefinition definition, @Nullable ArchivedReport report,
            String status, @Nullable String error) {
        ReportPeriod period = due.period();
        return new Delivery(definition.id(), PeriodView.of(period), due.fireTime(), status,
                report == null ? null : report.id(), definition.recipients(),
                Delivery.messageId(definition.id(), period), error, clock.instant());
    }

    private void count(String outcome) {
        registry.counter("fikr.reports.deliveries", "outcome", outcome).increment();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
