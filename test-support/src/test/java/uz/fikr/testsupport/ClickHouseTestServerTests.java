package uz.fikr.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClickHouseTestServerTests {

    @Test
    void the_shared_server_answers_queries_on_loopback() {
        ClickHouseTestServer server = ClickHouseTestServer.shared();

        assertThat(server.url().getHost()).isIn("127.0.0.1", "localhost");
        assertThat(server.query("SELECT 1 + 1").trim()).isEqualTo("2");
    }
}
