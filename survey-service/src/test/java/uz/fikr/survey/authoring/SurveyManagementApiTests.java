package uz.fikr.survey.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.fikr.events.survey.SurveyLogReader;
import uz.fikr.events.survey.SurveyStatus;
import uz.fikr.events.survey.SurveyVersion;
import uz.fikr.survey.JsonApi;
import uz.fikr.survey.JsonApi.Reply;

/** A librarian manages surveys through the admin API; every change is stored on Kafka. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
            "fikr.publishing.partitions=1", "fikr.security.admin-user=director",
            "fikr.security.admin-password=kitob-2026", "fikr.security.staff-user=librarian",
            "fikr.security.staff-password=javon-7"})
@EmbeddedKafka(partitions = 1)
class SurveyManagementApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void survey_management_needs_an_admin_login() {
        assertThat(call(HttpMethod.GET, "/api/v1/admin/surveys", null, null).status()).isEqualTo(401);
        assertThat(call(HttpMethod.GET, "/api/v1/admin/surveys", null, "director:wrong").status()).isEqualTo(401);
        assertThat(call(HttpMethod.GET, "/api/v1/admin/surveys", null, "librarian:javon-7").status()).isEqualTo(403);
        assertThat(admin(HttpMethod.GET, "/api/v1/admin/surveys", null).status()).isEqualTo(200);
    }

    @Test
    void a_survey_created_from_a_template_is_a_private_draft_until_it_is_published() {
        Reply created = admin(HttpMethod.POST, "/api/v1/admin/surveys/from-template",
                "{\"template\": \"quick-satisfaction\", \"id\": \"chilonzor-quick\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("status").asString()).isEqualTo("draft");
        assertThat(created.body().get("changedBy").asString()).isEqualTo("director");
        assertThat(publicSurvey("chilonzor-quick").status()).isEqualTo(404);

        Reply published = admin(HttpMethod.POST, "/api/v1/admin/surveys/chilonzor-quick/publish", null);

        assertThat(published.status()).isEqualTo(200);
        Reply visible = publicSurvey("chilonzor-quick");
        assertThat(visible.status()).isEqualTo(200);
        assertThat(visible.body().get("version").asInt()).isEqualTo(1);
        assertThat(visible.body().get("title").get("uz-Latn").asString()).isNotBlank();
        assertThat(respond("chilonzor-quick", 1).status()).isEqualTo(202);
    }

    @Test
    void editing_a_published_survey_starts_a_new_version_and_the_old_one_still_takes_answers_until_closed() {
        admin(HttpMethod.POST, "/api/v1/admin/surveys/from-template",
                "{\"template\": \"quick-satisfaction\", \"id\": \"yunusobod-quick\", \"publish\": true}");
        JsonNode v1 = admin(HttpMethod.GET, "/api/v1/admin/surveys/yunusobod-quick", null).body().get(0).get("survey");
        String edited = JSON.writeValueAsString(v1).replace("\"version\":1", "\"version\":99");

        Reply draft = admin(HttpMethod.PUT, "/api/v1/admin/surveys/yunusobod-quick/draft", edited);
        Reply redraft = admin(HttpMethod.PUT, "/api/v1/admin/surveys/yunusobod-quick/draft", edited);

        assertThat(draft.body().get("survey").get("version").asInt()).isEqualTo(2);
        assertThat(redraft.body().get("survey").get("version").asInt()).isEqualTo(2);
        assertThat(publicSurvey("yunusobod-quick").body().get("version").asInt()).isEqualTo(1);
        assertThat(respond("yunusobod-quick", 2).status()).isEqualTo(400);

        admin(HttpMethod.POST, "/api/v1/admin/surveys/yunusobod-quick/publish", null);

        assertThat(publicSurvey("yunusobod-quick").body().get("version").asInt()).isEqualTo(2);
        assertThat(respond("yunusobod-quick", 1).status()).isEqualTo(202);
        assertThat(respond("yunusobod-quick", 2).status()).isEqualTo(202);
        assertThat(admin(HttpMethod.POST, "/api/v1/admin/surveys/yunusobod-quick/publish", null).status())
                .isEqualTo(409);

        Reply closed = admin(HttpMethod.POST, "/api/v1/admin/surveys/yunusobod-quick/close", null);

        assertThat(closed.body()).extracting(version -> version.get("status").asString())
                .containsOnly("closed");
        Reply refused = respond("yunusobod-quick", 2);
        assertThat(refused.status()).isEqualTo(410);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(publicSurvey("yunusobod-quick").status()).isEqualTo(404);
    }

    @Test
    void a_broken_definition_is_refused_with_the_broken_parts_named_and_nothing_is_stored() {
        Reply refused = admin(HttpMethod.POST, "/api/v1/admin/surveys", """
                {"id": "Bad Id!", "version": 1, "title": {"ru": "Без узбекского"},
                 "questions": [
                   {"id": "stars", "type": "rating", "min": 1, "max": 10, "serviceArea": "canteen",
                    "text": {"uz-Latn": "Yulduzlar"}},
                   {"id": "pick", "type": "single_choice", "serviceArea": "overall", "text": {"uz-Latn": "Tanlang"},
                    "options": [{"id": "a", "text": {"uz-Latn": "A"}}, {"id": "a", "text": {"uz-Latn": "B"}}],
                    "showIf": {"question": "later", "anyOf": ["x"]}},
                   {"id": "stars", "type": "quality", "serviceArea": "staff", "text": {"uz-Latn": "Xodimlar"}}
                 ]}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors")).extracting(error -> error.get("field").asString())
                .contains("id", "title.uz-Latn", "questions[0].min", "questions[0].serviceArea",
                        "questions[1].options[1].id", "questions[1].showIf.question", "questions[2].id",
                        "questions[2].dimension");
        assertThat(admin(HttpMethod.GET, "/api/v1/admin/surveys", null).body())
                .noneMatch(survey -> survey.get("id").asString().equals("Bad Id!"));
    }

    @Test
    void an_unknown_template_or_a_taken_id_is_refused() {
        admin(HttpMethod.POST, "/api/v1/admin/surveys/from-template",
                "{\"template\": \"event-feedback\", \"id\": \"author-meeting\"}");

        Reply unknown = admin(HttpMethod.POST, "/api/v1/admin/surveys/from-template",
                "{\"template\": \"astrology\", \"id\": \"stars\"}");
        Reply taken = admin(HttpMethod.POST, "/api/v1/admin/surveys/from-template",
                "{\"template\": \"event-feedback\", \"id\": \"author-meeting\"}");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("errors").get(0).get("field").asString()).isEqualTo("template");
        assertThat(taken.status()).isEqualTo(409);
    }

    @Test
    void every_template_is_offered_and_can_be_published_in_one_call() {
        List<String> templates = new ArrayList<>();
        admin(HttpMethod.GET, "/api/v1/admin/templates", null).body()
                .forEach(template -> templates.add(template.get("id").asString()));

        assertThat(templates).containsExactlyInAnyOrder("digital-services", "event-feedback", "online-feedback",
                "quick-satisfaction", "service-quality", "website-widget");
        for (String template : templates) {
            Reply created = admin(HttpMethod.POST, "/api/v1/admin/surveys/from-template",
                    "{\"template\": \"" + template + "\", \"id\": \"t-" + template + "\", \"publish\": true}");
            assertThat(created.status()).as(template).isEqualTo(201);
            assertThat(publicSurvey("t-" + template).status()).as(template).isEqualTo(200);
        }
    }

    @Test
    void an_exported_survey_imports_with_its_versions_and_statuses() {
        admin(HttpMethod.POST, "/api/v1/admin/surveys/from-template",
                "{\"template\": \"digital-services\", \"id\": \"digital-2026\", \"publish\": true}");
        JsonNode survey = admin(HttpMethod.GET, "/api/v1/admin/surveys/digital-2026", null).body().get(0)
                .get("survey");
        admin(HttpMethod.PUT, "/api/v1/admin/surveys/digital-2026/draft", JSON.writeValueAsString(survey));

        Reply exported = admin(HttpMethod.GET, "/api/v1/admin/surveys/digital-2026/export", null);
        Reply imported = admin(HttpMethod.POST, "/api/v1/admin/surveys/import",
                JSON.writeValueAsString(exported.body()).replace("digital-2026", "digital-copy"));
        Reply again = admin(HttpMethod.POST, "/api/v1/admin/surveys/import",
                JSON.writeValueAsString(exported.body()));

        assertThat(exported.body().get("format").asString()).isEqualTo("fikr-survey/1");
        assertThat(imported.status()).isEqualTo(201);
        assertThat(imported.body()).extracting(version -> version.get("status").asString())
                .containsExactly("published", "draft");
        assertThat(publicSurvey("digital-copy").body().get("version").asInt()).isEqualTo(1);
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void invitation_links_let_a_closed_group_answer_once_each() {
        String definition = JSON.writeValueAsString(EveryQuestion.invitationOnly("book-club"));
        admin(HttpMethod.POST, "/api/v1/admin/surveys", definition);
        admin(HttpMethod.POST, "/api/v1/admin/surveys/book-club/publish", null);

        Reply links = admin(HttpMethod.POST, "/api/v1/admin/surveys/book-club/invitations", "{\"count\": 3}");
        Reply tooMany = admin(HttpMethod.POST, "/api/v1/admin/surveys/book-club/invitations", "{\"count\": 5000}");
        String token = links.body().get("links").get(0).get("token").asString();

        assertThat(links.body().get("links")).hasSize(3);
        assertThat(links.body().get("links").get(0).get("url").asString()).contains("/s/book-club?invite=");
        assertThat(tooMany.status()).isEqualTo(400);
        Reply first = call(HttpMethod.POST, "/api/v1/responses", EveryQuestion.answer("book-club", token), null);
        Reply second = call(HttpMethod.POST, "/api/v1/responses", EveryQuestion.answer("book-club", token), null);
        Reply uninvited = call(HttpMethod.POST, "/api/v1/responses", EveryQuestion.answer("book-club", null), null);
        assertThat(first.status()).isEqualTo(202);
        assertThat(second.body().get("responseId")).isEqualTo(first.body().get("responseId"));
        assertThat(uninvited.status()).isEqualTo(400);
    }

    @Test
    void a_service_starting_later_rebuilds_every_version_from_the_survey_topic() {
        admin(HttpMethod.POST, "/api/v1/admin/surveys/from-template",
                "{\"template\": \"online-feedback\", \"id\": \"rebuilt\", \"publish\": true}");
        admin(HttpMethod.POST, "/api/v1/admin/surveys/rebuilt/close", null);

        List<SurveyVersion> seen = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean caughtUp = new AtomicBoolean();
        Map<String, Object> config = KafkaTestUtils.consumerProps(broker, "ignored", false);
        SurveyLogReader reader = new SurveyLogReader(config, "test-rebuild", seen::add, () -> caughtUp.set(true));
        reader.start();
        try {
            await().atMost(Duration.ofSeconds(20)).untilTrue(caughtUp);
        } finally {
            reader.stop();
        }

        assertThat(seen).filteredOn(version -> version.survey().id().equals("rebuilt"))
                .extracting(SurveyVersion::status).last().isEqualTo(SurveyStatus.CLOSED);
    }

    @Test
    void a_librarian_logs_in_to_send_a_paper_form_through_the_api_and_a_reader_cannot() {
        String paper = """
                {"responseId": "%s", "surveyId": "paper-forms", "surveyVersion": 1, "channel": "paper",
                 "answers": {"satisfaction": 3, "recommend": 7, "visited_service": "lending"}}""";
        admin(HttpMethod.POST, "/api/v1/admin/surveys/from-template",
                "{\"template\": \"quick-satisfaction\", \"id\": \"paper-forms\", \"publish\": true}");

        Reply anonymous = call(HttpMethod.POST, "/api/v1/responses", paper.formatted(UUID.randomUUID()), null);
        Reply librarian = call(HttpMethod.POST, "/api/v1/responses", paper.formatted(UUID.randomUUID()),
                "librarian:javon-7");

        assertThat(anonymous.status()).isEqualTo(400);
        assertThat(anonymous.body().get("errors").get(0).get("field").asString()).isEqualTo("channel");
        assertThat(librarian.status()).isEqualTo(202);
    }

    private Reply respond(String surveyId, int version) {
        return call(HttpMethod.POST, "/api/v1/responses", """
                {"responseId": "%s", "surveyId": "%s", "surveyVersion": %d, "channel": "qr", "branch": "central",
                 "answers": {"satisfaction": 5, "recommend": 9, "visited_service": "lending"}}""".formatted(UUID.randomUUID(), surveyId, version),
                null);
    }

    private Reply publicSurvey(String surveyId) {
        return call(HttpMethod.GET, "/api/v1/surveys/" + surveyId, null, null);
    }

    private Reply admin(HttpMethod method, String path, String body) {
        return call(method, path, body, "director:kitob-2026");
    }

    private Reply call(HttpMethod method, String path, String body, String credentials) {
        return new JsonApi(port).call(method, path, body, credentials);
    }
}
