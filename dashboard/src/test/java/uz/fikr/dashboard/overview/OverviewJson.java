package uz.fikr.dashboard.overview;

import java.util.Locale;

/**
 * analytics-service's answers as its records write them (empty figures left out, as {@code @JsonInclude(NON_NULL)}
 * does): {@code stats}, {@code nps}, {@code trend}, {@code gaps} and the inbox.
 */
final class OverviewJson {

    private OverviewJson() {
    }

    /** {@code responses} responses match the filter; the questions' figures follow. */
    static String stats(long responses, String... questions) {
        return statsWith(Long.toString(responses), false, questions);
    }

    /** So few responses match the filter that their number is withheld. */
    static String statsOfFewResponses(String... questions) {
        return statsWith("null", true, questions);
    }

    private static String statsWith(String responses, boolean suppressed, String... questions) {
        return format("{\"surveyId\":\"demo\",\"minimumGroupSize\":5,\"responses\":%s,\"responsesSuppressed\":%s,"
                + "\"questions\":[%s]}", responses, suppressed, String.join(",", questions));
    }

    /** A 1-5 rating's figures; {@code top} of n answered 4 or 5. */
    static String rating(String id, long n, double mean, double sd, double lower, double upper, long top,
            double topLower, double topUpper) {
        return format("""
                {"questionId":"%s","type":"rating","serviceArea":"overall","n":%d,"suppressed":false,"mean":%s,\
                "standardDeviation":%s,"median":4.0,"meanInterval":{"lower":%s,"upper":%s},\
                "topTwoBox":{"count":%d,"n":%d,"share":%s,"interval":{"lower":%s,"upper":%s}},\
                "counts":{"1":1,"2":2,"3":3,"4":4,"5":5}}""", id, n, mean, sd, lower, upper, top, n,
                (double) top / n, topLower, topUpper);
    }

    /** A 0-10 question's figures in {@code stats} (NPS has its own endpoint). */
    static String recommendation(long n) {
        return format("""
                {"questionId":"recommend","type":"nps","serviceArea":"overall","n":%d,"suppressed":false,"mean":7.9,\
                "standardDeviation":2.1,"median":8.0,"meanInterval":{"lower":7.5,"upper":8.3},\
                "topTwoBox":{"count":%d,"n":%d,"share":0.5,"interval":{"lower":0.41,"upper":0.59}},\
                "counts":{"3":1,"8":2,"10":3}}""", n, n / 2, n);
    }

    static String suppressed(String id, String type, long n) {
        return format("{\"questionId\":\"%s\",\"type\":\"%s\",\"serviceArea\":\"overall\",\"n\":%d,"
                + "\"suppressed\":true}", id, type, n);
    }

    static String unanswered(String id, String type) {
        return format("{\"questionId\":\"%s\",\"type\":\"%s\",\"serviceArea\":\"overall\",\"n\":0,"
                + "\"suppressed\":false}", id, type);
    }

    static String nps(long promoters, long passives, long detractors, double lower, double upper) {
        long n = promoters + passives + detractors;
        return format("""
                [{"questionId":"recommend","n":%d,"suppressed":false,"promoters":%d,"passives":%d,"detractors":%d,\
                "nps":%s,"interval":{"lower":%s,"upper":%s}}]""", n, promoters, passives, detractors,
                100.0 * (promoters - detractors) / n, lower, upper);
    }

    static String npsSuppressed(long n) {
        return format("[{\"questionId\":\"recommend\",\"n\":%d,\"suppressed\":true}]", n);
    }

    /** A weekly trend with two shown weeks around a suppressed one, and the last change. */
    static String trend(String questionId) {
        return format("""
                {"surveyId":"demo","questionId":"%s","interval":"week","minimumGroupSize":5,"periods":[\
                {"start":"2026-11-09","n":12,"suppressed":false,"mean":3.9,"meanInterval":{"lower":3.3,"upper":4.5},\
                "topTwoBox":{"count":8,"n":12,"share":0.6666666667,"interval":{"lower":0.39,"upper":0.86}}},\
                {"start":"2026-11-16","suppressed":true},\
                {"start":"2026-11-23","n":14,"suppressed":false,"mean":4.2,"meanInterval":{"lower":3.7,"upper":4.7},\
                "topTwoBox":{"count":11,"n":14,"share":0.7857142857,"interval":{"lower":0.52,"upper":0.92}}}],\
                "lastChange":{"from":"2026-11-09","to":"2026-11-23","difference":0.3,"pValue":0.41,\
                "significant":false,"statement":"Up from 3.90 (period of 2026-11-09) to 4.20 (period of 2026-11-23):\
                 not a significant change (Welch's t-test, p = 0.410)."}}""", questionId);
    }

    /** A quality item below readers' minimum: perceived 5.2, minimum 5.9. */
    static String gapsWithItemBelowMinimum(String belowId, String fineId) {
        return format("""
                {"surveyId":"quality","minimumGroupSize":5,"items":[\
                {"id":"%s","dimension":"affect_of_service","serviceArea":"staff","n":34,"suppressed":false,\
                "notApplicable":2,"inconsistent":1,"minimum":{"mean":5.9,"interval":{"lower":5.5,"upper":6.3}},\
                "desired":{"mean":7.8,"interval":{"lower":7.5,"upper":8.1}},\
                "perceived":{"mean":5.2,"interval":{"lower":4.8,"upper":5.6}},\
                "adequacyGap":{"mean":-0.7,"interval":{"lower":-1.1,"upper":-0.3}},\
                "superiorityGap":{"mean":-2.6,"interval":{"lower":-3.0,"upper":-2.2}},"belowMinimum":true},\
                {"id":"%s","dimension":"affect_of_service","serviceArea":"staff","n":30,"suppressed":false,\
                "notApplicable":0,"inconsistent":0,"minimum":{"mean":5.0,"interval":{"lower":4.6,"upper":5.4}},\
                "desired":{"mean":7.0,"interval":{"lower":6.6,"upper":7.4}},\
                "perceived":{"mean":6.1,"interval":{"lower":5.7,"upper":6.5}},\
                "adequacyGap":{"mean":1.1,"interval":{"lower":0.7,"upper":1.5}},\
                "superiorityGap":{"mean":-0.9,"interval":{"lower":-1.3,"upper":-0.5}},"belowMinimum":false},\
                {"id":"q_place_1","dimension":"library_as_place","serviceArea":"space","n":3,"suppressed":true}],\
                "dimensions":[{"id":"affect_of_service","dimension":"affect_of_service","n":40,"suppressed":false,\
                "notApplicable":0,"inconsistent":0,"adequacyGap":{"mean":0.2,"interval":{"lower":-0.1,"upper":0.5}},\
                "belowMinimum":false}]}""", belowId, fineId);
    }

    /** The inbox's newest answer to the survey's comment question, and an older one without a service area. */
    static String inbox() {
        return """
                {"total":2,"items":[\
                {"itemId":"answer:7c1d1e0e-4a9b-4d1c-9a52-1f0c3c0f5a11:comment","source":"answer",\
                "receivedAt":"2026-11-28T09:15:00Z","surveyId":"demo","surveyVersion":1,"questionId":"comment",\
                "channel":"web","branch":"central","readerGroup":"student","serviceArea":"reading_rooms",\
                "category":null,"language":null,"text":"<b>More</b> seats in the reading room, please",\
                "status":"NEW","assignee":"","note":"","publicEntry":null,"changedBy":null,"changedAt":null},\
                {"itemId":"answer:2b7a8c44-0d4e-4f6a-8f0e-3c5d7e9f1a22:comment","source":"answer",\
                "receivedAt":"2026-11-20T14:40:00Z","surveyId":"demo","surveyVersion":1,"questionId":"comment",\
                "channel":"qr","branch":"","readerGroup":null,"serviceArea":null,"category":null,"language":null,\
                "text":"Longer opening hours","status":"IN_PROGRESS","assignee":"dilnoza","note":"",\
                "publicEntry":null,"changedBy":"dilnoza","changedAt":"2026-11-21T08:00:00Z"}]}""";
    }

    private static String format(String template, Object... values) {
        return String.format(Locale.ROOT, template, values);
    }
}
