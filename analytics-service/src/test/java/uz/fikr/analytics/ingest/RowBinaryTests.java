package uz.fikr.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The expected bytes are what ClickHouse 18.16 itself answers to {@code SELECT ... FORMAT RowBinary}. */
class RowBinaryTests {

    @Test
    void a_row_is_written_as_clickhouse_writes_it() throws Exception {
        RowBinary rows = new RowBinary(0)
                .uuid(UUID.fromString("01234567-89ab-cdef-0123-456789abcdef"))
                .string("héllo")
                .uint16(513)
                .dateTime(1_700_000_000L)
                .uint8(2)
                .strings(List.of("x", "yy"))
                .float64(1.5);

        assertThat(HexFormat.of().formatHex(rows.stream().readAllBytes())).isEqualTo(
                "efcdab8967452301efcdab8967452301" + "0668c3a96c6c6f" + "0102" + "00f15365" + "02"
                        + "020178027979" + "000000000000f83f");
    }

    @Test
    void a_comment_longer_than_127_bytes_keeps_its_whole_length() throws Exception {
        String comment = "Kitobxonlar zali juda yaxshi, ".repeat(10);

        byte[] bytes = new RowBinary(0).string(comment).stream().readAllBytes();

        assertThat(bytes).hasSize(2 + 300);
        assertThat(HexFormat.of().formatHex(bytes, 0, 2)).isEqualTo("ac02");
    }
}
