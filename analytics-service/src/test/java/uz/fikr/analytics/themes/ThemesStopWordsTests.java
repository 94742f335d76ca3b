package uz.fikr.analytics.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThemesStopWordsTests {

    @Test
    void each_of_the_four_lists_loads_with_its_common_words() {
        assertThat(StopWords.load(List.of("themes/stopwords-uz-latn.txt")).words())
                .contains("va", "bu", "uchun", "bilan", "ham", "juda", "lekin").hasSizeGreaterThan(100);
        assertThat(StopWords.load(List.of("themes/stopwords-uz-cyrl.txt")).words())
                .contains("ва", "бу", "учун", "билан", "ҳам", "жуда", "лекин").hasSizeGreaterThan(100);
        assertThat(StopWords.load(List.of("themes/stopwords-ru.txt")).words())
                .contains("и", "в", "не", "на", "что", "это").hasSizeGreaterThan(100);
        assertThat(StopWords.load(List.of("themes/stopwords-en.txt")).words())
                .contains("the", "and", "to", "is").hasSizeGreaterThan(100);
    }

    @Test
    void the_standard_set_is_all_four_lists_a_few_hundred_words() {
        assertThat(StopWords.standard().words()).contains("va", "ва", "что", "the")
                .hasSizeBetween(300, 1000);
    }

    @Test
    void apostrophes_are_read_as_the_themes_query_reads_comments() {
        assertThat(StopWords.canonical("O'sha")).isEqualTo("o\u02BBsha");
        assertThat(StopWords.canonical("yo\u2019q")).isEqualTo(StopWords.canonical("yo`q")).isEqualTo("yo\u02BBq");
        assertThat(StopWords.standard().words()).contains("o\u02BBsha", "yo\u02BBq", "don\u02BBt")
                .noneMatch(word -> word.matches(".*['`\u02BC\u2018\u2019\u00B4].*"));
    }

    @Test
    void every_stop_word_is_one_lower_case_token() {
        assertThat(StopWords.standard().words())
                .allMatch(word -> word.matches("[\\p{L}\\p{M}\\p{N}]+(?:[-\u02BB][\\p{L}\\p{M}\\p{N}]+)*"))
                .allMatch(word -> word.equals(word.toLowerCase(java.util.Locale.ROOT)));
    }

    @Test
    void the_words_reach_sql_only_as_quoted_literals() {
        assertThat(StopWords.standard().literal()).contains("'va'", "'o\u02BBsha'").doesNotContain("o'sha");
    }
}
