package uz.fikr.analytics.report.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import uz.fikr.analytics.AnalyticsIntegrationTest;
import uz.fikr.analytics.report.FreshInstance;
import uz.fikr.analytics.report.GeneratedReport;
import uz.fikr.analytics.report.ReportApi;
import uz.fikr.analytics.report.ReportApi.Answer;
import uz.fikr.analytics.report.TestReportGeneration;
import uz.fikr.testsupport.ClickHouseTestServer;

/**
 * On-demand runs and the archive against the real broker and ClickHouse: a run shows its progress and ends with an
 * archived report, whose files download byte for byte as generated, again and again and after a restart.
 */
@Import(TestReportGeneration.class)
class ReportArchiveTests extends AnalyticsIntegrationTest {

    private static final String DATABASE = database("fikr_report_archive");
    private static final String NOVEMBER = """
            {"surveyIds":["demo"],"period":{"kind":"month","from":"2026-11-17"},"language":"uz-Latn",
             "branch":null,"requestedBy":"ali"}""";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("fikr.clickhouse.database", () -> DATABASE);
        registry.add("fikr.reports.runs.concurrency", () -> 1);
        registry.add("fikr.reports.runs.queue", () -> 1);
    }

    @BeforeEach
    void aMinuteLater() {
        TestReportGeneration.CLOCK.advance(Duration.ofMinutes(1));
    }

    @AfterEach
    void openTheGate() {
        TestReportGeneration.GATE.open();
    }

    private ReportApi reports() {
        return new ReportApi(api());
    }

    @Test
    void aRunShowsItsProgressAndEndsDoneWithItsArchivedReport() {
        TestReportGeneration.GATE.close();

        Answer started = reports().post("/api/v1/reports/runs", NOVEMBER);

        assertThat(started.status()).isEqualTo(202);
        String location = started.headers().getFirst(HttpHeaders.LOCATION);
        assertThat(location).isEqualTo("/api/v1/reports/runs/" + started.json().get("runId").asString());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode run = reports().get(location).json();
            assertThat(run.get("status").asString()).isEqualTo("running");
            assertThat(run.get("done").asInt()).isZero();
            assertThat(run.get("reportId").isNull()).isTrue();
        });
        TestReportGeneration.GATE.open();
        JsonNode done = finished(location);
        assertThat(done.get("total").asInt()).as("8 steps of content, then PDF, XLSX and CSV").isEqualTo(11);
        assertThat(done.get("done").asInt()).isEqualTo(11);
        assertThat(done.get("error").isNull()).isTrue();
        JsonNode report = reports().get("/api/v1/reports/" + done.get("reportId").asString()).json();
        assertThat(report.get("period").get("kind").asString()).isEqualTo("month");
        assertThat(report.get("period").get("from").asString()).isEqualTo("2026-11-01");
        assertThat(report.get("period").get("to").asString()).isEqualTo("2026-11-30");
        assertThat(report.get("requestedBy").asString()).isEqualTo("ali");
        assertThat(report.get("language").asString()).isEqualTo("uz-Latn");
        assertThat(report.get("definitionId").isNull()).isTrue();
    }

    @Test
    void anArchivedReportDownloadsByteForByteAsGeneratedTwiceAndAfterARestart() {
        Answer started = reports().post("/api/v1/reports/runs", """
                {"surveyIds":["service-quality","demo"],"period":{"kind":"custom","from":"2026-09-03",
                 "to":"2026-10-20"},"language":"ru","branch":"chilonzor","requestedBy":"Азиза"}""");
        JsonNode done = finished(started.headers().getFirst(HttpHeaders.LOCATION));
        String id = done.get("reportId").asString();
        GeneratedReport generated = TestReportGeneration.generatedFor(LocalDate.parse("2026-09-03"));

        for (int time = 0; time < 2; time++) {
            assertDownloads(reports(), id, generated);
        }
        int unchanged = api().get().uri("/api/v1/reports/" + id + "/pdf")
                .header(HttpHeaders.IF_NONE_MATCH, "\"" + ReportApi.sha256(generated.pdf()) + "\"")
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(unchanged).as("a client holding the same bytes").isEqualTo(304);
        JsonNode listed = reports().get("/api/v1/reports?limit=1").json();
        assertThat(listed.get("reports").get(0).get("id").asString()).as("newest first").isEqualTo(id);
        assertThat(listed.get("reports").get(0).get("surveyIds").toString()).isEqualTo("[\"service-quality\",\"demo\"]");
        assertThat(listed.get("reports").get(0).get("branch").asString()).isEqualTo("chilonzor");
        assertThat(listed.get("reports").get(0).get("requestedBy").asString()).isEqualTo("Азиза");
        assertThat(listed.get("total").asLong()).isGreaterThanOrEqualTo(1);

        try (ConfigurableApplicationContext restarted = FreshInstance.start(Map.of(
                "spring.kafka.bootstrap-servers", broker.getBrokersAsString(),
                "fikr.clickhouse.url", ClickHouseTestServer.shared().url().toString(),
                "fikr.clickhouse.database", DATABASE, "fikr.ingest.partitions", "1",
                "spring.kafka.consumer.group-id", "restarted-" + DATABASE,
                "fikr.api.user", "dashboard", "fikr.api.password", API_PASSWORD))) {
            assertDownloads(new ReportApi(api(FreshInstance.port(restarted))), id, generated);
        }
    }

    @Test
    void theArchiveIsListedNewestFirstInPages() {
        List<String> ids = new ArrayList<>();
        for (String from : List.of("2025-01-01", "2025-04-01")) {
            TestReportGeneration.CLOCK.advance(Duration.ofMinutes(1));
            Answer started = reports().post("/api/v1/reports/runs", """
                    {"surveyIds":["demo"],"period":{"kind":"quarter","from":"%s"},"language":"en",
                     "requestedBy":"ali"}""".formatted(from));
            ids.add(finished(started.headers().getFirst(HttpHeaders.LOCATION)).get("reportId").asString());
        }
        JsonNode first = reports().get("/api/v1/reports?limit=1&offset=0").json();
        JsonNode second = reports().get("/api/v1/reports?limit=1&offset=1").json();

        assertThat(first.get("reports").get(0).get("id").asString()).isEqualTo(ids.get(1));
        assertThat(second.get("reports").get(0).get("id").asString()).isEqualTo(ids.get(0));
        assertThat(first.get("total").asLong()).isEqualTo(second.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(reports().get("/api/v1/reports?limit=0&offset=-1").refusedFields())
                .containsExactlyInAnyOrder("limit", "offset");
    }

    @Test
    void anUnknownReportIsNotFound() {
        String unknown = "/api/v1/reports/" + UUID.randomUUID();

        for (String path : List.of(unknown, unknown + "/pdf", unknown + "/xlsx", unknown + "/csv")) {
            Answer answer = reports().get(path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.contentType()).as(path).isEqualTo("application/problem+json");
        }
        assertThat(reports().get("/api/v1/reports/not-a-report").refusedFields()).containsExactly("id");
        assertThat(reports().get("/api/v1/reports/runs/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void aRunWithBadFieldsIsRefusedNamingEachOne() {
        Answer refused = reports().post("/api/v1/reports/runs", """
                {"surveyIds":["demo","no-such-survey"],"period":{"kind":"week","from":"2026-13-01"},
                 "language":"de","branch":"Chilonzor branch","requestedBy":" "}""");
        Answer noPeriodEnd = reports().post("/api/v1/reports/runs", """
                {"surveyIds":[],"period":{"kind":"custom","from":"2026-11-01"},"language":"en",
                 "requestedBy":"ali"}""");
        Answer backwards = reports().post("/api/v1/reports/runs", """
                {"surveyIds":["demo"],"period":{"kind":"custom","from":"2026-11-01","to":"2026-10-01"},
                 "language":"en","requestedBy":"ali"}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.refusedFields()).containsExactlyInAnyOrder("surveyIds[1]", "period.kind", "period.from",
                "language", "branch", "requestedBy");
        assertThat(noPeriodEnd.refusedFields()).containsExactlyInAnyOrder("surveyIds", "period.to");
        assertThat(backwards.refusedFields()).containsExactly("period.to");
    }

    @Test
    void aRunBeyondTheQueueIsRefusedUntilARunnerIsFree() {
        TestReportGeneration.GATE.close();
        String running = reports().post("/api/v1/reports/runs", NOVEMBER).headers().getFirst(HttpHeaders.LOCATION);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> reports().get(running).json().get("status").asString().equals("running"));
        Answer queued = reports().post("/api/v1/reports/runs", NOVEMBER);

        Answer refused = reports().post("/api/v1/reports/runs", NOVEMBER);

        assertThat(queued.status()).isEqualTo(202);
        assertThat(queued.json().get("status").asString()).isEqualTo("queued");
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.headers().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        TestReportGeneration.GATE.open();
        finished(running);
        finished(queued.headers().getFirst(HttpHeaders.LOCATION));
        assertThat(reports().post("/api/v1/reports/runs", NOVEMBER).status()).isEqualTo(202);
    }

    private JsonNode finished(String location) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> reports().get(location).json(),
                run -> run.get("status").asString().equals("done") || run.get("status").asString().equals("failed"));
    }

    private static void assertDownloads(ReportApi api, String id, GeneratedReport generated) {
        Map<String, byte[]> files = Map.of("pdf", generated.pdf(), "xlsx", generated.xlsx(), "csv", generated.csv());
        Map<String, String> types = Map.of("pdf", "application/pdf",
                "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "csv", "application/zip");
        Map<String, String> names = Map.of("pdf", generated.fileName() + ".pdf", "xlsx", generated.fileName() + ".xlsx",
                "csv", generated.fileName() + "-csv.zip");
        JsonNode metadata = api.get("/api/v1/reports/" + id).json();
        files.forEach((format, bytes) -> {
            Answer download = api.get("/api/v1/reports/" + id + "/" + format);
            assertThat(download.status()).isEqualTo(200);
            assertThat(ReportApi.sha256(download.body())).as(format).isEqualTo(ReportApi.sha256(bytes));
            assertThat(download.body()).as(format).isEqualTo(bytes);
            assertThat(download.contentType()).isEqualTo(types.get(format));
            assertThat(download.headers().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                    .isEqualTo("attachment; filename=\"" + names.get(format) + "\"");
            assertThat(download.headers().getETag()).isEqualTo("\"" + ReportApi.sha256(bytes) + "\"");
            assertThat(metadata.get("files").get(format).get("sha256").asString()).isEqualTo(ReportApi.sha256(bytes));
            assertThat(metadata.get("files").get(format).get("size").asLong()).isEqualTo(bytes.length);
        });
    }
}
