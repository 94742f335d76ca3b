package uz.fikr.analytics.themes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import uz.fikr.analytics.clickhouse.SqlLiterals;

/**
 * The words that say nothing about what a comment is about, in Uzbek (Latin and Cyrillic), Russian and English:
 * curated lists in {@code themes/stopwords-*.txt}, one word a line, {@code #} starting a comment. Words are read the
 * way the themes query reads comments: in lower case, with every apostrophe variant as ʻ (U+02BB).
 */
final class StopWords {

    static final List<String> LISTS = List.of("themes/stopwords-uz-latn.txt", "themes/stopwords-uz-cyrl.txt",
            "themes/stopwords-ru.txt", "themes/stopwords-en.txt");

    /** ʼ U+02BC, ‘ U+2018, ’ U+2019, ' U+0027, ` U+0060, ´ U+00B4: the ways readers write the Uzbek ʻ U+02BB. */
    private static final Pattern APOSTROPHES = Pattern.compile("[\u02BC\u2018\u2019'`\u00B4]");

    private static final StopWords DEFAULT = load(LISTS);

    private final Set<String> words;
    private final String literal;

    private StopWords(Set<String> words) {
        this.words = Collections.unmodifiableSet(words);
        this.literal = SqlLiterals.stringList(words);
    }

    /** The stop words of all four lists. */
    static StopWords standard() {
        return DEFAULT;
    }

    static StopWords load(List<String> resources) {
        Set<String> words = new TreeSet<>();
        for (String resource : resources) {
            read(resource).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(StopWords::canonical)
                    .forEach(words::add);
        }
        if (words.isEmpty()) {
            throw new IllegalStateException("No stop words in " + resources);
        }
        return new StopWords(words);
    }

    /** A word as the themes query compares it: lower case, apostrophes folded to ʻ. */
    static String canonical(String word) {
        return APOSTROPHES.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("\u02BB");
    }

    Set<String> words() {
        return words;
    }

    /** The words as quoted literals for {@code NOT IN (...)}. */
    String literal() {
        return literal;
    }

    private static String read(String resource) {
        try (InputStream in = StopWords.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing stop-word list " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
