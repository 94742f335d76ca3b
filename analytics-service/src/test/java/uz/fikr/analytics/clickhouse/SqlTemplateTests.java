package uz.fikr.analytics.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class SqlTemplateTests {

    @Test
    void placeholders_are_filled_with_the_database_and_the_given_literals() {
        SqlTemplate template = SqlTemplate.of("t", "SELECT * FROM ${database}.answers WHERE survey_id = ${surveyId}");

        assertThat(template.render("fikr", Map.of("surveyId", SqlLiterals.string("demo"))))
                .isEqualTo("SELECT * FROM fikr.answers WHERE survey_id = 'demo'");
    }

    @Test
    void a_placeholder_without_a_value_is_an_error_not_an_empty_string() {
        SqlTemplate template = SqlTemplate.of("t", "SELECT ${missing}");

        assertThatThrownBy(() -> template.render("fikr", Map.of())).hasMessageContaining("${missing}");
    }

    @Test
    void a_shared_part_is_included_and_its_placeholders_filled_like_the_rest() {
        SqlTemplate part = SqlTemplate.of("part", "SELECT * FROM ${database}.feedback WHERE branch = ${branch}");
        SqlTemplate total = SqlTemplate.of("total", "SELECT count() FROM (${items}) FORMAT JSONEachRow")
                .including("items", part);

        assertThat(total.render("fikr", Map.of("branch", SqlLiterals.string("central")))).isEqualTo(
                "SELECT count() FROM (SELECT * FROM fikr.feedback WHERE branch = 'central') FORMAT JSONEachRow");
        assertThatThrownBy(() -> total.including("nowhere", part)).hasMessageContaining("${nowhere}");
    }

    @Test
    void a_database_name_that_is_not_an_identifier_is_refused() {
        assertThatThrownBy(() -> new ClickHouseProperties("http://localhost:8123", "default", "", "fikr; DROP",
                java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1), 32))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Parts ({@code *.part.sql}) are included in queries, inside parentheses, and name no format of their own; nor
     * do statements that write (pre-aggregation's {@code INSERT}s and deleting mutations), which return nothing.
     */
    @Test
    void every_query_names_its_output_format_as_clickhouse_18_needs() throws Exception {
        var queries = new PathMatchingResourcePatternResolver().getResources("classpath*:sql/**/*.sql");

        assertThat(queries).hasSizeGreaterThan(10);
        for (var query : queries) {
            String sql = query.getContentAsString(java.nio.charset.StandardCharsets.UTF_8).strip();
            String statement = sql.lines().filter(line -> !line.startsWith("--")).findFirst().orElse("");
            boolean writes = statement.startsWith("INSERT INTO") || statement.startsWith("ALTER TABLE");
            if (query.getFilename().endsWith(".part.sql") || writes) {
                assertThat(sql).as(query.getFilename()).doesNotContain("FORMAT");
            } else {
                assertThat(sql).as(query.getFilename()).endsWith("FORMAT JSONEachRow");
            }
        }
    }
}
