package uz.fikr.events;

import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Reads an {@link AnswerValue} from a JSON value, shape only: whether it fits a question is the validator's job. */
public final class AnswerValues {

    private AnswerValues() {}

    public static Optional<AnswerValue> fromJson(JsonNode node) {
        if (node.isNumber()) {
            double value = node.doubleValue();
            return Double.isFinite(value) ? Optional.of(new AnswerValue.Number(value)) : Optional.empty();
        }
        if (node.isString()) {
            String text = node.stringValue();
            return Optional.of(AnswerValue.NotApplicable.CODE.equals(text)
                    ? AnswerValue.NotApplicable.INSTANCE
                    : new AnswerValue.Text(text));
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                if (!element.isString()) {
                    return Optional.empty();
                }
            }
            return Optional.of(new AnswerValue.Choices(AnswerValueJson.texts(node)));
        }
        if (node.isObject() && node.size() == 3 && isInt(node.get("minimum")) && isInt(node.get("desired"))
                && isInt(node.get("perceived"))) {
            return Optional.of(new AnswerValue.Quality(
                    node.get("minimum").intValue(), node.get("desired").intValue(), node.get("perceived").intValue()));
        }
        return Optional.empty();
    }

    private static boolean isInt(JsonNode node) {
        return node != null && node.isIntegralNumber() && node.canConvertToInt();
    }
}
