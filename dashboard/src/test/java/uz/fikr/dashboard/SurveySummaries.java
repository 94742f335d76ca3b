package uz.fikr.dashboard;

import java.util.Locale;

/** Summaries of the demo survey as analytics-service sends them. */
public final class SurveySummaries {

    /** The example of the API documentation. */
    public static final String DOCUMENTED_EXAMPLE = """
            {"surveyId":"demo","responses":42,
             "questions":[
               {"questionId":"satisfaction","kind":"number","n":40,"mean":4.1,"counts":{"1":2,"2":3,"3":5,"4":10,"5":20}},
               {"questionId":"recommend","kind":"number","n":41,"mean":8.2,"counts":{"0":1,"7":5,"8":10,"9":10,"10":15}},
               {"questionId":"visited_service","kind":"choice","n":30,"mean":null,"counts":{"lending":10,"reading_room":12,"digital":8}},
               {"questionId":"comment","kind":"text","n":12,"mean":null,"counts":{}}
             ]}
            """;

    private SurveySummaries() {
    }

    /**
     * A demo-survey summary with {@code responses} responses and, per rating 1..5, the given numbers
     * of satisfaction answers (n and mean follow from them; no answers means a null mean).
     */
    public static String demo(long responses, long... satisfactionCounts) {
        long n = 0;
        long total = 0;
        StringBuilder counts = new StringBuilder();
        for (int i = 0; i < satisfactionCounts.length; i++) {
            int rating = i + 1;
            n += satisfactionCounts[i];
            total += rating * satisfactionCounts[i];
            counts.append(counts.isEmpty() ? "" : ",").append("\"%d\":%d".formatted(rating, satisfactionCounts[i]));
        }
        String mean = n == 0 ? "null" : String.format(Locale.ROOT, "%.2f", (double) total / n);
        return """
                {"surveyId":"demo","responses":%d,"questions":[
                  {"questionId":"satisfaction","kind":"number","n":%d,"mean":%s,"counts":{%s}}]}
                """.formatted(responses, n, mean, counts);
    }
}
