package uz.fikr.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The options of a loader's command line: {@code --name value} pairs, every name one the loader knows. */
final class Arguments {

    private final Map<String, String> values;

    private Arguments(Map<String, String> values) {
        this.values = values;
    }

    /** @throws IllegalArgumentException on an unknown option or one without its value */
    static Arguments parse(String[] args, Set<String> known) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!known.contains(args[i])) {
                throw new IllegalArgumentException("unknown option " + args[i]);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + args[i]);
            }
            values.put(args[i], args[i + 1]);
        }
        return new Arguments(values);
    }

    String text(String name, String otherwise) {
        return values.getOrDefault(name, otherwise);
    }

    /** A whole number of at least {@code min}. */
    int number(String name, int otherwise, int min) {
        int value = values.containsKey(name) ? Integer.parseInt(values.get(name)) : otherwise;
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ": " + value);
        }
        return value;
    }

    long seed(String name, long otherwise) {
        return values.containsKey(name) ? Long.parseLong(values.get(name)) : otherwise;
    }

    /** The value given, or null. */
    @Nullable String text(String name) {
        return values.get(name);
    }
}
