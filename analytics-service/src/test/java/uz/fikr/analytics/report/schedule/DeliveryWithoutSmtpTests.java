package uz.fikr.analytics.report.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import uz.fikr.analytics.AnalyticsIntegrationTest;
import uz.fikr.analytics.report.ReportApi;
import uz.fikr.analytics.report.TestReportGeneration;

/** A service started without FIKR_SMTP_HOST: the scheduled report is archived, and the definition says why it was not sent. */
@Import(TestReportGeneration.class)
class DeliveryWithoutSmtpTests extends AnalyticsIntegrationTest {

    private static final String DATABASE = database("fikr_report_no_smtp");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("fikr.clickhouse.database", () -> DATABASE);
        registry.add("fikr.reports.schedule.tick-every", () -> "1h");
    }

    @Autowired
    ReportScheduler scheduler;

    @Test
    void theScheduledReportIsArchivedAndTheFailedDeliverySaysSmtpIsNotConfigured() {
        ReportApi reports = new ReportApi(api());
        assertThat(reports.put("/api/v1/reports/definitions/monthly-no-smtp", """
                {"name":"Monthly","surveyIds":["demo"],"periodKind":"month","language":"en",
                 "recipients":["director@library.uz"]}""").status()).isEqualTo(200);
        TestReportGeneration.CLOCK.set(Instant.parse("2026-12-01T03:00:00Z"));

        assertThat(scheduler.tick()).hasSize(1);

        JsonNode attempt = await().atMost(Duration.ofSeconds(60))
                .until(() -> reports.get("/api/v1/reports/definitions/monthly-no-smtp").json().get("lastDelivery"),
                        last -> !last.isNull());
        assertThat(attempt.get("status").asString()).isEqualTo("failed");
        assertThat(attempt.get("error").asString()).startsWith("SMTP is not configured");
        JsonNode archived = reports.get("/api/v1/reports/" + attempt.get("reportId").asString()).json();
        assertThat(archived.get("definitionId").asString()).isEqualTo("monthly-no-smtp");
        assertThat(archived.get("requestedBy").asString()).isEqualTo("schedule");
        int readiness = RestClient.create("http://127.0.0.1:" + port).get().uri("/actuator/health/readiness")
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(readiness).isEqualTo(200);
    }
}
