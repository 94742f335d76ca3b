package uz.fikr.analytics.report.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import uz.fikr.analytics.AnalyticsIntegrationTest;
import uz.fikr.analytics.report.FreshInstance;
import uz.fikr.analytics.report.ReportApi;
import uz.fikr.analytics.report.TestReportGeneration;
import uz.fikr.testsupport.ClickHouseTestServer;
import uz.fikr.testsupport.TcpProxy;

/**
 * Scheduled reports against the real broker, the real ClickHouse and an SMTP server in this JVM (GreenMail behind a
 * proxy the test can cut): a director's monthly report arrives once at 08:00 Tashkent time on the first, in Uzbek,
 * with the archived PDF attached, however often the schedule fires.
 */
@Import(TestReportGeneration.class)
class ScheduledDeliveryTests extends AnalyticsIntegrationTest {

    private static final String DATABASE = database("fikr_report_delivery");
    /** 1 December 2026, 08:00 in Tashkent. */
    private static final Instant FIRST_OF_DECEMBER_AT_EIGHT = Instant.parse("2026-12-01T03:00:00Z");
    private static final int SMTP_PORT = freePort();
    private static final GreenMail MAIL = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));
    private static final TcpProxy SMTP;

    static {
        MAIL.start();
        SMTP = TcpProxy.to(URI.create("smtp://127.0.0.1:" + SMTP_PORT));
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("fikr.clickhouse.database", () -> DATABASE);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.url("smtp").getPort());
        registry.add("fikr.reports.schedule.mail-from", () -> "fikr@library.uz");
        // ticks are the test's to call, at the time it sets
        registry.add("fikr.reports.schedule.tick-every", () -> "1h");
        registry.add("fikr.reports.schedule.retry-initial", () -> "1m");
        registry.add("fikr.reports.schedule.retry-max", () -> "4m");
    }

    @AfterAll
    static void stopMail() {
        SMTP.close();
        MAIL.stop();
    }

    @Autowired
    ReportScheduler scheduler;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Test
    void theDirectorReceivesTheMonthlyReportOnceAtEightOnTheFirstInUzbekWithTheArchivedPdf() throws Exception {
        define("monthly-director", "director@library.uz");
        TestReportGeneration.CLOCK.set(FIRST_OF_DECEMBER_AT_EIGHT);

        List<ReportDue> due = dueFor("monthly-director", scheduler.tick());

        assertThat(due).singleElement().satisfies(event -> {
            assertThat(event.periodFrom()).hasToString("2026-11-01");
            assertThat(event.periodTo()).hasToString("2026-11-30");
        });
        MimeMessage mail = await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo("director@library.uz"),
                mails -> !mails.isEmpty()).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Oylik hisobot, Noyabr 2026: Kitobxonlar fikri boʻyicha oylik hisobot");
        assertThat(mail.getFrom()[0]).hasToString("fikr@library.uz");
        assertThat(mail.getMessageID()).isEqualTo("<report-monthly-director-2026-11-01@fikr>");
        assertThat(text(mail)).startsWith("Assalomu alaykum!").contains("Noyabr 2026 davri uchun");
        JsonNode delivery = deliveries("monthly-director").get(0);
        assertThat(delivery.get("status").asString()).isEqualTo("sent");
        assertThat(delivery.get("recipients").toString()).isEqualTo("[\"director@library.uz\"]");
        byte[] archived = reports().get("/api/v1/reports/" + delivery.get("reportId").asString() + "/pdf").body();
        assertThat(attachment(mail)).isEqualTo(archived);
        assertThat(firstPage(archived)).as("what the director reads first")
                .contains("Kitobxonlar fikri boʻyicha oylik hisobot", "Noyabr 2026",
                        "Qisqacha: nima oʻzgardi va nimani tuzatish kerak");
        assertThat(ReportApi.sha256(archived)).isEqualTo(ReportApi.sha256(
                TestReportGeneration.generatedFor(java.time.LocalDate.parse("2026-11-01")).pdf()));
        assertThat(dueFor("monthly-director", scheduler.tick())).as("a sent period is not due again").isEmpty();
        awaitEveryDueHandled();
        assertThat(mailsTo("director@library.uz")).hasSize(1);
    }

    @Test
    void twoInstancesTickingTogetherSendOneEmail() throws Exception {
        define("monthly-two-instances", "twice@library.uz");
        TestReportGeneration.CLOCK.set(FIRST_OF_DECEMBER_AT_EIGHT.plusSeconds(20));
        ReportScheduler secondInstance = secondScheduler();

        List<ReportDue> due = dueFor("monthly-two-instances", scheduler.tick());
        due.addAll(dueFor("monthly-two-instances", secondInstance.tick()));

        assertThat(due).as("each instance asks").hasSize(2);
        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo("twice@library.uz").size() == 1);
        awaitEveryDueHandled();
        assertThat(mailsTo("twice@library.uz")).hasSize(1);
        assertThat(deliveries("monthly-two-instances")).singleElement()
                .satisfies(delivery -> assertThat(delivery.get("status").asString()).isEqualTo("sent"));
    }

    @Test
    void aRestartedServiceTickingAfterTheDeliverySendsNothingMore() throws Exception {
        define("monthly-restart", "restart@library.uz");
        TestReportGeneration.CLOCK.set(FIRST_OF_DECEMBER_AT_EIGHT.plusSeconds(40));
        scheduler.tick();
        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo("restart@library.uz").size() == 1);
        awaitEveryDueHandled();
        listeners.getListenerContainer(DeliveryKafka.LISTENER).stop();
        try (ConfigurableApplicationContext restarted = FreshInstance.start(Map.of(
                "spring.kafka.bootstrap-servers", broker.getBrokersAsString(),
                "fikr.clickhouse.url", ClickHouseTestServer.shared().url().toString(),
                "fikr.clickhouse.database", DATABASE, "fikr.ingest.partitions", "1",
                "fikr.api.user", "dashboard", "fikr.api.password", API_PASSWORD,
                "spring.mail.host", "127.0.0.1", "spring.mail.port", String.valueOf(SMTP.url("smtp").getPort()),
                "fikr.reports.schedule.tick-every", "200ms"))) {
            MeterRegistry meters = restarted.getBean(MeterRegistry.class);
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> meters.counter("fikr.reports.schedule.ticks").count() >= 3);
            // and, as a second instance might, the same period asked for once more
            kafka.send(ReportDue.TOPIC, "monthly-restart", ReportDue.of("monthly-restart",
                    uz.fikr.analytics.report.ReportPeriod.month(java.time.YearMonth.of(2026, 11)),
                    FIRST_OF_DECEMBER_AT_EIGHT).json()).get();
            awaitEveryDueHandled();
            assertThat(meters.counter("fikr.reports.deliveries", "outcome", "skipped").count()).isPositive();
        } finally {
            listeners.getListenerContainer(DeliveryKafka.LISTENER).start();
        }
        assertThat(mailsTo("restart@library.uz")).hasSize(1);
        assertThat(deliveries("monthly-restart")).hasSize(1);
    }

    @Test
    void nothingIsSentBeforeEightAndTheReportGoesOutAtEight() {
        define("monthly-early", "early@library.uz");
        TestReportGeneration.CLOCK.set(FIRST_OF_DECEMBER_AT_EIGHT.minusSeconds(1));

        assertThat(dueFor("monthly-early", scheduler.tick())).isEmpty();
        assertThat(reports().get("/api/v1/reports/definitions/monthly-early").json().get("nextRun").asString())
                .isEqualTo("2026-12-01T08:00+05:00");
        assertThat(deliveries("monthly-early")).isEmpty();

        TestReportGeneration.CLOCK.set(FIRST_OF_DECEMBER_AT_EIGHT);
        assertThat(dueFor("monthly-early", scheduler.tick())).hasSize(1);
        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo("early@library.uz").size() == 1);
        assertThat(reports().delete("/api/v1/reports/definitions/monthly-early").status()).isEqualTo(204);
    }

    @Test
    void aServiceThatWasDownAtEightSendsWithinTheCatchUpWindowButNotAfterIt() {
        define("monthly-late", "late@library.uz");
        TestReportGeneration.CLOCK.set(Instant.parse("2026-12-05T04:00:00Z"));
        assertThat(dueFor("monthly-late", scheduler.tick())).as("four days late").isEmpty();

        TestReportGeneration.CLOCK.set(Instant.parse("2026-12-03T15:00:00Z"));
        assertThat(dueFor("monthly-late", scheduler.tick())).as("two and a half days late").hasSize(1);
        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo("late@library.uz").size() == 1);
        assertThat(reports().delete("/api/v1/reports/definitions/monthly-late").status()).isEqualTo(204);
    }

    @Test
    void anSmtpOutageDelaysTheReportWhichIsSentOnceWhenTheServerIsBack() {
        define("monthly-outage", "outage@library.uz");
        TestReportGeneration.CLOCK.set(FIRST_OF_DECEMBER_AT_EIGHT.plusSeconds(50));
        SMTP.cut();
        try {
            assertThat(dueFor("monthly-outage", scheduler.tick())).hasSize(1);
            await().atMost(Duration.ofSeconds(60)).until(() -> !deliveries("monthly-outage").isEmpty());
            JsonNode failed = reports().get("/api/v1/reports/definitions/monthly-outage").json().get("lastDelivery");
            assertThat(failed.get("status").asString()).isEqualTo("failed");
            assertThat(failed.get("error").asString()).startsWith("The e-mail was not accepted");
            int readiness = RestClient.create("http://127.0.0.1:" + port).get().uri("/actuator/health/readiness")
                    .exchange((request, response) -> response.getStatusCode().value());
            assertThat(readiness).as("an SMTP outage does not take readiness down").isEqualTo(200);
        } finally {
            SMTP.heal();
        }
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
            TestReportGeneration.CLOCK.advance(Duration.ofMinutes(2));
            scheduler.tick();
            return mailsTo("outage@library.uz").size() == 1;
        });
        awaitEveryDueHandled();
        scheduler.tick();
        awaitEveryDueHandled();

        assertThat(mailsTo("outage@library.uz")).hasSize(1);
        List<JsonNode> attempts = deliveries("monthly-outage");
        assertThat(attempts.getFirst().get("status").asString()).isEqualTo("sent");
        assertThat(attempts.stream().filter(attempt -> attempt.get("status").asString().equals("sent"))).hasSize(1);
        assertThat(attempts.stream().map(attempt -> attempt.get("reportId").asString()).distinct())
                .as("the report was archived once and sent when the server was back").hasSize(1);
    }

    @Test
    void aDefinitionWithBadFieldsIsRefusedNamingEachOne() {
        ReportApi.Answer refused = reports().put("/api/v1/reports/definitions/monthly-bad", """
                {"name":"","surveyIds":["no-such-survey"],"periodKind":"week","language":"uz","branch":"A B",
                 "recipients":["director@library.uz","not an address"],"cron":"0 8 1 * *",
                 "timeZone":"Mars/Olympus"}""");
        ReportApi.Answer tooMany = reports().put("/api/v1/reports/definitions/Bad_Id", """
                {"name":"Monthly","surveyIds":["demo"],"periodKind":"month","language":"en",
                 "recipients":[%s]}""".formatted(String.join(",", java.util.Collections.nCopies(21, "\"a@b.uz\""))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.refusedFields()).containsExactlyInAnyOrder("name", "surveyIds[0]", "periodKind",
                "language", "branch", "recipients[1]", "cron", "timeZone");
        assertThat(tooMany.refusedFields()).containsExactlyInAnyOrder("id", "recipients");
        assertThat(reports().get("/api/v1/reports/definitions/monthly-bad").status()).isEqualTo(404);
        assertThat(reports().get("/api/v1/reports/definitions/monthly-bad/deliveries").status()).isEqualTo(404);
        assertThat(reports().delete("/api/v1/reports/definitions/monthly-bad").status()).isEqualTo(404);
    }

    @Test
    void aDefinitionIsStoredWithItsDefaultsChangedAndDeleted() {
        JsonNode quarterly = reports().put("/api/v1/reports/definitions/quarterly-board", """
                {"name":"Kengash uchun","surveyIds":["service-quality"],"periodKind":"quarter","language":"ru",
                 "branch":"chilonzor","recipients":["board@library.uz"],"enabled":false}""").json();
        assertThat(quarterly.get("cron").asString()).isEqualTo("0 0 8 1 1,4,7,10 *");
        assertThat(quarterly.get("timeZone").asString()).isEqualTo("Asia/Tashkent");

        reports().put("/api/v1/reports/definitions/quarterly-board", """
                {"name":"Kengash uchun","surveyIds":["service-quality"],"periodKind":"year","language":"en",
                 "recipients":["board@library.uz"],"cron":"0 30 9 2 1 *","timeZone":"Asia/Samarkand"}""");
        JsonNode changed = reports().get("/api/v1/reports/definitions/quarterly-board").json();
        assertThat(changed.get("periodKind").asString()).isEqualTo("year");
        assertThat(changed.get("cron").asString()).isEqualTo("0 30 9 2 1 *");
        assertThat(changed.get("enabled").asBoolean()).isTrue();
        assertThat(changed.get("branch").isNull()).isTrue();

        assertThat(reports().delete("/api/v1/reports/definitions/quarterly-board").status()).isEqualTo(204);
        assertThat(reports().get("/api/v1/reports/definitions").json().get("definitions").toString())
                .doesNotContain("quarterly-board");
    }

    private void define(String id, String recipient) {
        ReportApi.Answer stored = reports().put("/api/v1/reports/definitions/" + id, """
                {"name":"Direktor uchun oylik hisobot","surveyIds":["demo"],"periodKind":"month",
                 "language":"uz-Latn","recipients":["%s"]}""".formatted(recipient));
        assertThat(stored.status()).as(stored.text()).isEqualTo(200);
    }

    private ReportApi reports() {
        return new ReportApi(api());
    }

    private List<JsonNode> deliveries(String definitionId) {
        JsonNode answer = reports().get("/api/v1/reports/definitions/" + definitionId + "/deliveries").json();
        List<JsonNode> list = new java.util.ArrayList<>();
        answer.get("deliveries").forEach(list::add);
        return list;
    }

    private static List<ReportDue> dueFor(String definitionId, List<ReportDue> published) {
        return new java.util.ArrayList<>(published.stream()
                .filter(due -> due.definitionId().equals(definitionId)).toList());
    }

    private ReportScheduler secondScheduler() {
        return new ReportScheduler(getBean(ReportDefinitions.class), getBean(ReportDeliveries.class), kafka,
                getBean(ScheduleProperties.class), TestReportGeneration.CLOCK, getBean(MeterRegistry.class));
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    private <T> T getBean(Class<T> type) {
        return context.getBean(type);
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(mail -> {
            try {
                return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                        .anyMatch(recipient -> recipient.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The message's plain text, wherever it sits in the multipart tree. */
    private static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                String text = text(parts.getBodyPart(i));
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }

    private static byte[] attachment(MimeMessage mail) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
                assertThat(parts.getBodyPart(i).getFileName()).isEqualTo("fikr-report-2026-11-uz-Latn.pdf");
                return parts.getBodyPart(i).getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("The e-mail has no attachment");
    }

    /** Waits until the delivery listener has committed every due event on the topic. */
    private void awaitEveryDueHandled() {
        TopicPartition partition = new TopicPartition(ReportDue.TOPIC, 0);
        try (AdminClient admin = AdminClient.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                long end = admin.listOffsets(Map.of(partition, OffsetSpec.latest())).partitionResult(partition).get()
                        .offset();
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets("fikr-report-delivery")
                        .partitionsToOffsetAndMetadata().get().get(partition);
                return committed != null && committed.offset() == end;
            });
        }
    }

    private static int freePort() {
        try {
            return ClickHouseTestServer.freePort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a PDF's first page, lines joined by spaces. */
    private static String firstPage(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper text = new PDFTextStripper();
            text.setEndPage(1);
            return text.getText(document).replaceAll("\\s+", " ");
        }
    }
}
