package uz.fikr.events;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

/** The JSON form of {@link AnswerValue}: plain JSON values, no type tags. */
final class AnswerValueJson {

    private AnswerValueJson() {}

    static final class Serializer extends ValueSerializer<AnswerValue> {
        @Override
        public void serialize(AnswerValue value, JsonGenerator gen, SerializationContext ctxt) {
            switch (value) {
                case AnswerValue.Number number -> writeNumber(gen, number.value());
                case AnswerValue.Text text -> gen.writeString(text.value());
                case AnswerValue.Choices choices -> {
                    gen.writeStartArray();
                    for (String choice : choices.values()) {
                        gen.writeString(choice);
                    }
                    gen.writeEndArray();
                }
                case AnswerValue.Quality quality -> {
                    gen.writeStartObject();
                    gen.writeNumberProperty("minimum", quality.minimum());
                    gen.writeNumberProperty("desired", quality.desired());
                    gen.writeNumberProperty("perceived", quality.perceived());
                    gen.writeEndObject();
                }
                case AnswerValue.NotApplicable ignored -> gen.writeString(AnswerValue.NotApplicable.CODE);
            }
        }

        private static void writeNumber(JsonGenerator gen, double value) {
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                gen.writeNumber((long) value);
            } else {
                gen.writeNumber(value);
            }
        }
    }

    static final class Deserializer extends ValueDeserializer<AnswerValue> {
        @Override
        public AnswerValue deserialize(JsonParser parser, DeserializationContext ctxt) {
            JsonNode node = ctxt.readTree(parser);
            return AnswerValues.fromJson(node)
                    .orElseThrow(() -> ctxt.weirdStringException(
                            node.toString(), AnswerValue.class, "not a number, text, list of texts, three-column object or \"na\""));
        }
    }

    /** Used by {@link AnswerValues}; kept here so both directions of the mapping sit together. */
    static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode element : array) {
            values.add(element.stringValue());
        }
        return values;
    }
}
