package uz.fikr.dashboard.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uz.fikr.dashboard.SurveySummaries;
import uz.fikr.dashboard.analytics.SurveySummary;

class SatisfactionChartOptionTests {

    private static final JsonMapper json = JsonMapper.builder().build();

    @Test
    void draws_one_bar_per_rating_with_the_counts_from_analytics() {
        JsonNode option = chartOptionFor(SurveySummaries.DOCUMENTED_EXAMPLE);

        assertThat(texts(option.at("/xAxis/data"))).containsExactly("1", "2", "3", "4", "5");
        assertThat(option.at("/series/0/type").asString()).isEqualTo("bar");
        assertThat(numbers(option.at("/series/0/data"))).containsExactly(2L, 3L, 5L, 10L, 20L);
    }

    @Test
    void ratings_nobody_gave_are_drawn_as_empty_bars() {
        JsonNode option = chartOptionFor("""
                {"surveyId":"demo","responses":10,"questions":[
                  {"questionId":"satisfaction","kind":"number","n":10,"mean":3.8,"counts":{"1":3,"5":7}}]}
                """);

        assertThat(numbers(option.at("/series/0/data"))).containsExactly(3L, 0L, 0L, 0L, 7L);
    }

    @Test
    void a_survey_without_satisfaction_answers_gets_five_empty_bars() {
        SatisfactionDistribution distribution = SatisfactionDistribution.of(read("""
                {"surveyId":"demo","responses":0,"questions":[]}
                """));

        assertThat(distribution.counts()).containsExactly(0L, 0L, 0L, 0L, 0L);
        assertThat(distribution.n()).isZero();
        assertThat(distribution.mean()).isNull();
        assertThat(numbers(SatisfactionChartOption.of(distribution, "Rating", "Answers").at("/series/0/data")))
                .containsExactly(0L, 0L, 0L, 0L, 0L);
    }

    @Test
    void the_axes_carry_the_names_they_are_given() {
        SatisfactionDistribution distribution = SatisfactionDistribution.of(read(SurveySummaries.DOCUMENTED_EXAMPLE));

        JsonNode option = SatisfactionChartOption.of(distribution, "Baho", "Javoblar");

        assertThat(option.at("/xAxis/name").asString()).isEqualTo("Baho");
        assertThat(option.at("/yAxis/name").asString()).isEqualTo("Javoblar");
    }

    private static JsonNode chartOptionFor(String summaryJson) {
        return SatisfactionChartOption.of(SatisfactionDistribution.of(read(summaryJson)), "Rating", "Answers");
    }

    private static SurveySummary read(String summaryJson) {
        return json.readValue(summaryJson, SurveySummary.class);
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static List<Long> numbers(JsonNode array) {
        return array.valueStream().map(JsonNode::asLong).toList();
    }
}
