package uz.fikr.survey.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uz.fikr.survey.inbox.InboxFixtures.change;
import static uz.fikr.survey.inbox.InboxFixtures.changes;
import static uz.fikr.survey.inbox.InboxFixtures.entry;
import static uz.fikr.survey.inbox.InboxFixtures.feedbackItem;
import static uz.fikr.survey.inbox.InboxFixtures.resolved;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import uz.fikr.events.inbox.InboxItemChanged;
import uz.fikr.events.inbox.InboxStatus;
import uz.fikr.events.inbox.YouSaidWeDid;
import uz.fikr.survey.JsonApi;
import uz.fikr.survey.JsonApi.Reply;
import uz.fikr.survey.PublishedEvents;

/** The dashboard moves inbox items through the workflow; every change is on Kafka before it is acknowledged. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
            "fikr.publishing.partitions=1", "fikr.security.admin-user=dashboard",
            "fikr.security.admin-password=inbox-pw", "fikr.security.staff-user=librarian",
            "fikr.security.staff-password=javon-7"})
@EmbeddedKafka(partitions = 1)
class InboxChangeApiTests {

    private static final String ADMIN = "dashboard:inbox-pw";

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    private PublishedEvents<InboxItemChanged> published;
    private JsonApi api;

    @BeforeEach
    void readInbox() {
        api = new JsonApi(port);
        warmUp();
        published = new PublishedEvents<>(broker, InboxItemChanged.TOPIC, InboxItemChanged.class,
                InboxItemChanged::changeId);
    }

    @AfterEach
    void close() {
        published.close();
    }

    @Test
    void a_change_is_acknowledged_only_once_it_is_on_the_inbox_topic_under_its_item() {
        String item = feedbackItem();
        UUID changeId = UUID.randomUUID();

        Reply reply = post(item, change(changeId, "IN_PROGRESS", "assignee", "Dilnoza", "note",
                "Called the reader back\nabout the Wi-Fi", "changedBy", "Dilnoza Karimova"));

        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.body().get("changeId").asString()).isEqualTo(changeId.toString());
        assertThat(reply.body().get("changedAt").asString()).isNotBlank();
        Map.Entry<String, InboxItemChanged> record = published.recordsUntil(changeId).getLast();
        assertThat(record.getKey()).isEqualTo(item);
        assertThat(record.getValue()).satisfies(change -> {
            assertThat(change.schemaVersion()).isEqualTo(1);
            assertThat(change.status()).isEqualTo(InboxStatus.IN_PROGRESS);
            assertThat(change.assignee()).isEqualTo("Dilnoza");
            assertThat(change.note()).isEqualTo("Called the reader back\nabout the Wi-Fi");
            assertThat(change.changedBy()).isEqualTo("Dilnoza Karimova");
            assertThat(change.publicEntry()).isNull();
        });
    }

    @Test
    void a_change_without_a_change_id_or_a_user_gets_one_and_records_the_login() {
        Reply reply = post(InboxFixtures.answerItem(), change(null, "NEW"));

        assertThat(reply.status()).isEqualTo(202);
        UUID changeId = UUID.fromString(reply.body().get("changeId").asString());
        assertThat(published.await(changeId).changedBy()).isEqualTo("dashboard");
    }

    @Test
    void every_refusal_names_its_field_with_a_code_and_nothing_is_published() {
        String item = feedbackItem();
        Map<Request, List<String>> refused = Map.ofEntries(
                Map.entry(send("feedback:not-a-uuid", change(null, "NEW")), List.of("itemId")),
                Map.entry(send("answer:" + UUID.randomUUID(), change(null, "NEW")), List.of("itemId")),
                Map.entry(send("feedback:" + UUID.randomUUID().toString().toUpperCase(), change(null, "NEW")),
                        List.of("itemId")),
                Map.entry(send(item, "{\"assignee\": \"Dilnoza\"}"), List.of("status")),
                Map.entry(send(item, change(null, "DONE")), List.of("status")),
                Map.entry(send(item, change(null, "NEW", "assignee", "a".repeat(101))), List.of("assignee")),
                Map.entry(send(item, change(null, "NEW", "note", "n".repeat(2001))), List.of("note")),
                Map.entry(send(item, change(null, "NEW", "note", "bell\u0007")), List.of("note")),
                Map.entry(send(item, change(null, "NEW", "changedBy", "x\u0000")), List.of("changedBy")),
                Map.entry(send(item, change(null, "IN_PROGRESS", "publicEntry", entry("Quiet", "Done", "en",
                        true))), List.of("publicEntry")),
                Map.entry(send(item, change(null, "RESOLVED", "publicEntry", Map.of("youSaid", " ", "weDid",
                        "w".repeat(1001), "language", "de"))), List.of("publicEntry.youSaid", "publicEntry.weDid",
                                "publicEntry.language", "publicEntry.published")),
                Map.entry(send(item, change(null, "NEW", "priority", "high")), List.of("priority")),
                Map.entry(send(item, "{\"changeId\": \"not-a-uuid\", \"status\": \"NEW\"}"), List.of("changeId")));

        refused.forEach((request, fields) -> {
            Reply reply = post(request.itemId(), request.body());
            assertThat(reply.status()).as(request.body()).isEqualTo(400);
            assertThat(reply.contentType()).isEqualTo("application/problem+json");
            assertThat(reply.body().get("errors")).as(request.body())
                    .extracting(error -> error.get("field").asString()).containsExactlyInAnyOrderElementsOf(fields);
            assertThat(reply.body().get("errors")).allSatisfy(error -> assertThat(error.get("code")).isNotNull());
        });
        assertThat(publishedUpToANewChange(item)).hasSize(1);
    }

    @Test
    void anonymous_callers_and_librarians_cannot_change_the_inbox() {
        String item = feedbackItem();

        Reply anonymous = api.call(HttpMethod.POST, changes(item), change(null, "NEW"), null);
        Reply librarian = api.call(HttpMethod.POST, changes(item), change(null, "NEW"), "librarian:javon-7");
        Reply wrongPassword = api.call(HttpMethod.POST, changes(item), change(null, "NEW"), "dashboard:wrong");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.headers().getFirst("WWW-Authenticate")).startsWith("Basic");
        assertThat(librarian.status()).isEqualTo(403);
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(publishedUpToANewChange(item)).hasSize(1);
    }

    @Test
    void sending_the_same_change_again_is_harmless() {
        String item = feedbackItem();
        UUID changeId = UUID.randomUUID();
        String body = resolved(changeId, "Retry: longer hours", "Retry: open until 21:00", "en", true);

        Reply first = post(item, body);
        Reply again = post(item, body);

        assertThat(List.of(first.status(), again.status())).containsOnly(202);
        assertThat(again.body().get("changeId")).isEqualTo(first.body().get("changeId"));
        assertThat(publishedUpToANewChange(feedbackItem()))
                .filteredOn(change -> change.changeId().equals(changeId)).hasSize(2)
                .extracting(InboxItemChanged::publicEntry).containsOnly(new YouSaidWeDid("Retry: longer hours",
                        "Retry: open until 21:00", "en", true));
        assertThat(publicList()).filteredOn(text -> text.startsWith("Retry:")).containsExactly("Retry: longer hours");
    }

    @Test
    void a_change_without_an_entry_keeps_it_and_leaving_resolved_unpublishes_it() {
        String item = feedbackItem();
        post(item, resolved(UUID.randomUUID(), "Kept: more chairs", "Kept: 20 new chairs", "uz-Latn", true));

        Reply reassigned = post(item, change(null, "RESOLVED", "assignee", "Aziz"));

        assertThat(reassigned.body().get("publicEntry").get("published").asBoolean()).isTrue();
        assertThat(publicList()).contains("Kept: more chairs");

        Reply reopened = post(item, change(UUID.randomUUID(), "IN_PROGRESS"));

        assertThat(reopened.status()).isEqualTo(202);
        assertThat(reopened.body().get("publicEntry").get("youSaid").asString()).isEqualTo("Kept: more chairs");
        assertThat(reopened.body().get("publicEntry").get("published").asBoolean()).isFalse();
        assertThat(publicList()).doesNotContain("Kept: more chairs");
    }

    /**
     * Every change published since the test began, up to and including one sent now. Changes are published in
     * order on one partition: had a refused change been published, it would be among them.
     */
    private List<InboxItemChanged> publishedUpToANewChange(String item) {
        UUID marker = UUID.randomUUID();
        assertThat(post(item, change(marker, "NEW")).status()).isEqualTo(202);
        return published.until(marker);
    }

    private List<String> publicList() {
        Reply list = api.call(HttpMethod.GET, "/api/v1/you-said-we-did", null, null);
        return list.body().valueStream().map(entry -> entry.get("youSaid").asString()).toList();
    }

    private static boolean warm;

    /**
     * The first send to a new topic may take longer than the ack timeout on a busy machine (503, which a client
     * answers by sending the same change again). One change sent as a client would, before the tests, keeps the
     * tests about the behaviour they name.
     */
    private void warmUp() {
        if (!warm) {
            String body = change(UUID.randomUUID(), "NEW");
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> post(feedbackItem(), body).status(), status -> status == 202);
            warm = true;
        }
    }

    private Reply post(String itemId, String body) {
        return api.call(HttpMethod.POST, changes(itemId), body, ADMIN);
    }

    private static Request send(String itemId, String body) {
        return new Request(itemId, body);
    }

    record Request(String itemId, String body) {}
}
