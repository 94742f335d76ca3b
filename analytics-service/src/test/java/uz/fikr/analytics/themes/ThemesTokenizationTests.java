package uz.fikr.analytics.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import uz.fikr.analytics.clickhouse.SqlTemplate;
import uz.fikr.testsupport.ClickHouseTestServer;

/**
 * {@code themes.sql} as the service renders it, run on the real ClickHouse server over rows inserted directly: how
 * comments become terms and phrases.
 */
class ThemesTokenizationTests {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ThemeQuery ALL_FEEDBACK = new ThemeQuery(Source.FEEDBACK, null, null, null, null, null, 100);

    private final ClickHouseTestServer server = ClickHouseTestServer.shared();
    private final String database = "fikr_themes_sql_" + Long.toHexString(System.nanoTime());
    private int received;

    @BeforeEach
    void createTables() {
        server.query("CREATE DATABASE " + database);
        String schema = SqlTemplate.load("db/clickhouse/V1__responses_and_feedback.sql").render(database, Map.of());
        for (String statement : schema.split(";\\s*(\\n|$)")) {
            if (!statement.isBlank()) {
                server.query(statement);
            }
        }
    }

    @AfterEach
    void dropTables() {
        server.query("DROP DATABASE IF EXISTS " + database);
    }

    @Test
    void every_apostrophe_variant_of_uzbek_latin_makes_the_same_word() {
        for (String apostrophe : List.of("\u02BB", "\u02BC", "\u2018", "\u2019", "'", "`", "\u00B4")) {
            feedback(UUID.randomUUID(), "O" + apostrophe + "quv zali");
        }

        ThemeCounts group = onlyGroup();

        assertThat(group.terms()).containsExactly(new ThemeCounts.Count("o\u02BBquv", 7),
                new ThemeCounts.Count("zali", 7));
        assertThat(group.phrases()).containsExactly(new ThemeCounts.Count("o\u02BBquv zali", 7));
    }

    @Test
    void a_hyphen_inside_a_word_keeps_it_whole_and_punctuation_ends_a_phrase() {
        feedback(UUID.randomUUID(), "Wi-Fi ishlamaydi. Internet-kutubxona - sekin");

        ThemeCounts group = onlyGroup();

        assertThat(group.terms()).extracting(ThemeCounts.Count::item)
                .containsExactly("internet-kutubxona", "ishlamaydi", "sekin", "wi-fi");
        assertThat(group.phrases()).extracting(ThemeCounts.Count::item).containsExactly("wi-fi ishlamaydi");
    }

    @Test
    void stop_words_single_letters_and_numbers_are_neither_terms_nor_part_of_a_phrase() {
        feedback(UUID.randomUUID(), "Bu kitob va jurnal juda eski, 2024 yil");
        feedback(UUID.randomUUID(), "И в зале не хватает мест, а книги старые");
        feedback(UUID.randomUUID(), "The Wi-Fi is slow and the hall is cold; 3 x 2");

        ThemeCounts group = onlyGroup();

        assertThat(group.terms()).extracting(ThemeCounts.Count::item).containsExactlyInAnyOrder(
                "kitob", "jurnal", "eski", "yil", "зале", "хватает", "мест", "книги", "старые", "wi-fi", "slow",
                "hall", "cold");
        assertThat(group.phrases()).extracting(ThemeCounts.Count::item).containsExactlyInAnyOrder(
                "хватает мест", "книги старые");
    }

    @Test
    void a_word_a_comment_repeats_counts_once_and_a_redelivered_comment_counts_once() {
        UUID redelivered = UUID.randomUUID();
        feedback(redelivered, "Shovqin, shovqin, shovqin!");
        feedback(redelivered, "Shovqin, shovqin, shovqin!");
        feedback(UUID.randomUUID(), "Kechqurun shovqin");

        ThemeCounts group = onlyGroup();

        assertThat(group.comments()).isEqualTo(2);
        assertThat(group.terms()).containsExactly(new ThemeCounts.Count("shovqin", 2),
                new ThemeCounts.Count("kechqurun", 1));
    }

    @Test
    void examples_are_the_latest_comments_with_a_term_exactly_as_written() {
        feedback(UUID.randomUUID(), "Birinchi fikr");
        feedback(UUID.randomUUID(), "<b>Ikkinchi</b> & \"fikr\"");
        feedback(UUID.randomUUID(), "Uchinchi fikr");
        feedback(UUID.randomUUID(), "To'rtinchi fikr");
        feedback(UUID.randomUUID(), "!!! ???");

        ThemeCounts group = onlyGroup();

        assertThat(group.comments()).isEqualTo(4);
        assertThat(group.examples())
                .containsExactly("To'rtinchi fikr", "Uchinchi fikr", "<b>Ikkinchi</b> & \"fikr\"");
    }

    @Test
    void an_answer_takes_the_service_area_of_its_question_in_its_survey_version() {
        answer("demo", 1, "comment", "Kitoblar eski");
        answer("demo", 1, "visited_service", "reading_room");
        answer("library", 2, "comment", "Stullar qulay emas");
        answer("library", 1, "comment", "Bu versiyada savol boshqa");
        List<TextQuestion> questions = List.of(new TextQuestion("demo", 1, "comment", "overall"),
                new TextQuestion("library", 2, "comment", "space"));
        ThemeQuery answers = new ThemeQuery(Source.ANSWERS, null, null, null, null, null, 100);

        List<ThemeCounts> groups = run(answers, questions);

        assertThat(groups).extracting(group -> group.serviceArea() + ": " + group.terms().stream()
                .map(ThemeCounts.Count::item).toList())
                .containsExactly("overall: [eski, kitoblar]", "space: [qulay, stullar]");
    }

    private void answer(String surveyId, int version, String questionId, String text) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("response_id", UUID.randomUUID().toString());
        row.put("survey_id", surveyId);
        row.put("survey_version", version);
        row.put("question_id", questionId);
        row.put("received_at", Instant.parse("2026-11-20T10:00:00Z").getEpochSecond());
        row.put("kind", "text");
        row.put("text", text);
        row.put("ingested_at", Instant.now().getEpochSecond());
        server.query("INSERT INTO " + database + ".answers FORMAT JSONEachRow\n" + JSON.writeValueAsString(row));
    }

    private void feedback(UUID id, String text) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("feedback_id", id.toString());
        row.put("received_at", Instant.parse("2026-11-20T10:00:00Z").getEpochSecond() + received++);
        row.put("category", "complaint");
        row.put("service_area", "reading_rooms");
        row.put("text", text);
        row.put("ingested_at", Instant.now().getEpochSecond() + received);
        server.query("INSERT INTO " + database + ".feedback FORMAT JSONEachRow\n" + JSON.writeValueAsString(row));
    }

    private ThemeCounts onlyGroup() {
        List<ThemeCounts> groups = run(ALL_FEEDBACK, List.of());
        assertThat(groups).hasSize(1);
        return groups.get(0);
    }

    private List<ThemeCounts> run(ThemeQuery query, List<TextQuestion> questions) {
        String sql = ThemeSql.THEMES.render(database, ThemeSql.themes(query, questions, TASHKENT));
        return ThemeCounts.fromRows(server.query(sql).lines()
                .filter(line -> !line.isBlank())
                .map(JSON::readTree)
                .toList());
    }
}
