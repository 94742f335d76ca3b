package uz.fikr.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A dead letter keeps the record for whoever looks into it, but never the reader's contact details. */
class DeadLetterContactsTests {

    @Test
    void a_json_record_loses_its_contact_field_and_keeps_the_rest() {
        DeadLetterContacts.Stripped stripped = DeadLetterContacts.strip(bytes(
                "{\"schemaVersion\":1,\"text\":\"Navbat\",\"contact\":{\"email\":\"a@b.uz\",\"consent\":true}}"));

        assertThat(stripped.removed()).isTrue();
        assertThat(text(stripped)).isEqualTo("{\"schemaVersion\":1,\"text\":\"Navbat\"}");
    }

    @Test
    void a_record_that_is_not_json_is_cut_off_where_its_contact_begins() {
        DeadLetterContacts.Stripped stripped = DeadLetterContacts.strip(bytes(
                "{\"schemaVersion\":1,\"text\":\"Navbat\",\"contact\":{\"email\":\"a@b.uz\""));

        assertThat(stripped.removed()).isTrue();
        assertThat(text(stripped)).isEqualTo("{\"schemaVersion\":1,\"text\":\"Navbat\",");
    }

    @Test
    void a_record_without_a_contact_is_left_byte_for_byte_as_it_was() {
        byte[] value = bytes("{\"schemaVersion\":1,  \"text\":\"He wrote \\\"contact me\\\"\"}");

        DeadLetterContacts.Stripped stripped = DeadLetterContacts.strip(value);

        assertThat(stripped.removed()).isFalse();
        assertThat(stripped.value()).isSameAs(value);
        assertThat(DeadLetterContacts.strip(null).value()).isNull();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(DeadLetterContacts.Stripped stripped) {
        return new String(stripped.value(), StandardCharsets.UTF_8);
    }
}
