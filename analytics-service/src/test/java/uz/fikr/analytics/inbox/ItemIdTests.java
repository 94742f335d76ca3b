package uz.fikr.analytics.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ItemIdTests {

    private static final UUID ID = UUID.fromString("0b7e1c52-3f0a-4c55-9d3e-6f1a2b3c4d5e");

    @Test
    void feedback_and_answers_have_their_own_form() {
        assertThat(ItemId.parse("feedback:" + ID)).contains(new ItemId.Feedback(ID));
        assertThat(ItemId.parse("answer:" + ID + ":wanted.other")).contains(new ItemId.Answer(ID, "wanted.other"));
    }

    @Test
    void an_id_is_compared_in_lower_case_as_clickhouse_writes_uuids() {
        assertThat(ItemId.parse("feedback:" + ID.toString().toUpperCase()).map(ItemId::text))
                .contains("feedback:0b7e1c52-3f0a-4c55-9d3e-6f1a2b3c4d5e");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "feedback:", "feedback:42", "answer:0b7e1c52-3f0a-4c55-9d3e-6f1a2b3c4d5e",
        "answer:0b7e1c52-3f0a-4c55-9d3e-6f1a2b3c4d5e:", "answer:0b7e1c52-3f0a-4c55-9d3e-6f1a2b3c4d5e:' OR 1=1 --",
        "comment:0b7e1c52-3f0a-4c55-9d3e-6f1a2b3c4d5e", "feedback:0b7e1c52-3f0a-4c55-9d3e-6f1a2b3c4d5e ",
        "feedback:1-2-3-4-5"})
    void anything_else_is_no_item_id(String text) {
        assertThat(ItemId.parse(text)).isEmpty();
    }
}
