package uz.fikr.analytics.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uz.fikr.testsupport.ClickHouseTestServer;

class SqlLiteralsTests {

    @Test
    void quotes_and_backslashes_are_escaped() {
        assertThat(SqlLiterals.string("O'Brien \\ co")).isEqualTo("'O\\'Brien \\\\ co'");
    }

    @Test
    void control_characters_are_written_as_escapes() {
        assertThat(SqlLiterals.string("a\nb\tc\0d\u0001")).isEqualTo("'a\\nb\\tc\\0d\\x01'");
    }

    @Test
    void uzbek_russian_and_emoji_pass_unchanged() {
        assertThat(SqlLiterals.string("Oʻzbekiston — Ўзбекистон, Россия 📚")).isEqualTo("'Oʻzbekiston — Ўзбекистон, Россия 📚'");
    }

    @Test
    void an_in_list_quotes_every_value_and_refuses_to_be_empty() {
        assertThat(SqlLiterals.stringList(List.of("a", "b'c"))).isEqualTo("'a', 'b\\'c'");
        assertThatThrownBy(() -> SqlLiterals.stringList(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_date_time_is_written_in_utc() {
        assertThat(SqlLiterals.dateTime(Instant.parse("2026-11-29T10:15:30.999Z")))
                .isEqualTo("toDateTime('2026-11-29 10:15:30', 'UTC')");
    }

    @ParameterizedTest
    @ValueSource(strings = {"' OR 1=1 --", "demo'; DROP TABLE answers; --", "\\'; SELECT 1; --", "\\",
        "x' UNION ALL SELECT name FROM system.tables --", "'\n) FORMAT TSV", "\u0000' --", "%27 OR %271%27=%271",
        "demo\\\\' OR '1'='1"})
    void an_injection_attempt_reaches_clickhouse_as_one_plain_string(String hostile) {
        String sql = SqlTemplate.of("probe", "SELECT ${value} AS value, length(${value}) AS length FORMAT TSV")
                .render("default", Map.of("value", SqlLiterals.string(hostile)));

        String[] columns = ClickHouseTestServer.shared().query(sql).split("\t");

        assertThat(Integer.parseInt(columns[1].trim()))
                .isEqualTo(hostile.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }
}
