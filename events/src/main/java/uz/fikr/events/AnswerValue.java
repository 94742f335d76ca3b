package uz.fikr.events;

import java.util.List;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One answer in a response. On the wire it is a JSON number, a string, a list of strings, the object
 * {@code {"minimum":m,"desired":d,"perceived":p}} of a three-column service-quality item, or the string {@code "na"}
 * for a three-column item the reader could not judge.
 */
@JsonSerialize(using = AnswerValueJson.Serializer.class)
@JsonDeserialize(using = AnswerValueJson.Deserializer.class)
public sealed interface AnswerValue {

    /** A rating, a 0-10 recommendation or any other number. */
    record Number(double value) implements AnswerValue {}

    /** Free text, or the option id of a single choice. */
    record Text(String value) implements AnswerValue {}

    /** The option ids of a multiple choice. */
    record Choices(List<String> values) implements AnswerValue {
        public Choices {
            values = List.copyOf(values);
        }
    }

    /** A three-column service-quality rating on 1-9. */
    record Quality(int minimum, int desired, int perceived) implements AnswerValue {}

    /** "Not applicable" for a three-column item. */
    record NotApplicable() implements AnswerValue {
        public static final NotApplicable INSTANCE = new NotApplicable();
        public static final String CODE = "na";
    }
}
