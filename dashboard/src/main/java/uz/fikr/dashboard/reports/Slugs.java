package uz.fikr.dashboard.reports;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A new definition's id from its name: lower-case ASCII letters, digits and hyphens ("Oylik hisobot – markaz" →
 * {@code oylik-hisobot-markaz}). Cyrillic is written in Latin letters first; a name with nothing left gets a random
 * id, and an id already taken gets a number.
 */
final class Slugs {

    static final int MAX_LENGTH = 64;

    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "yo"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"), Map.entry('ў', "o"), Map.entry('қ', "q"),
            Map.entry('ғ', "g"), Map.entry('ҳ', "h"));

    private Slugs() {
    }

    /** The id for a new definition named {@code name}, other than every id in {@code taken}. */
    static String of(String name, Collection<String> taken) {
        String base = slug(name);
        if (base.isEmpty()) {
            base = "report-" + UUID.randomUUID().toString().substring(0, 8);
        }
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            String suffix = "-" + n;
            id = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())) + suffix;
        }
        return id;
    }

    static String slug(String name) {
        var latin = new StringBuilder();
        for (char ch : name.toLowerCase(Locale.ROOT).toCharArray()) {
            latin.append(CYRILLIC.getOrDefault(ch, String.valueOf(ch)));
        }
        String ascii = Normalizer.normalize(latin, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[ʻʼ'‘’`]", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() <= MAX_LENGTH ? slug : slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }
}
