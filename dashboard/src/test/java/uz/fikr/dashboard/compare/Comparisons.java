package uz.fikr.dashboard.compare;

import java.time.Instant;
import java.util.List;

import uz.fikr.events.EventJson;
import uz.fikr.events.survey.BuiltInSurveys;
import uz.fikr.events.survey.SurveyStatus;
import uz.fikr.events.survey.SurveyVersion;

/**
 * What the services send the Compare page, in their shapes: survey-service's versions of the built-in demo survey
 * (written from the event contract's own records) and analytics-service's {@code Comparison} (null fields left out,
 * a suppressed group with nothing but its name, as in analytics-service's InsightsIntegrationTests).
 */
final class Comparisons {

    static final String SURVEY_LIST = """
            [{"id":"demo","title":{"uz-Latn":"Kutubxonamiz haqida fikringiz","ru":"Ваше мнение о нашей библиотеке",
              "en":"Your opinion of our library"},"status":"published","latestVersion":1,"publishedVersion":1,
              "versions":1}]
            """;

    /** Two reader groups shown, two suppressed; Welch's t-test finds students rate higher. */
    static final String BY_READER_GROUP = """
            {"surveyId":"demo","questionId":"satisfaction","by":"readerGroup","minimumGroupSize":5,
             "groups":[{"group":"disability","suppressed":true},{"group":"elderly","suppressed":true},
               {"group":"student","n":10,"suppressed":false,"mean":3.9,"meanInterval":{"lower":3.2866,"upper":4.5134}},
               {"group":"teacher","n":6,"suppressed":false,"mean":2.6666666667,
                "meanInterval":{"lower":2.1246,"upper":3.2087}}],
             "test":{"name":"welch","statistic":3.0404476101,"degreesOfFreedom":13.71,"pValue":0.0069369432,
               "effectSizeName":"cohensD","effectSize":1.315984539,"significant":true},
             "pairs":[{"first":"student","second":"teacher","meanDifference":1.2333333333,"t":3.0404476101,
               "degreesOfFreedom":13.71,"pValue":0.0069369432,"adjustedPValue":0.0069369432,"cohensD":1.315984539,
               "significant":true}],
             "statement":"student rate higher than teacher: 3.90 vs 2.67 (Welch's t-test, p = 0.007)."}
            """;

    /** Three branches; ANOVA finds a difference, and one pair still differs after Holm's correction. */
    static final String BY_BRANCH = """
            {"surveyId":"demo","questionId":"satisfaction","by":"branch","minimumGroupSize":5,
             "groups":[{"group":"central","n":40,"suppressed":false,"mean":4.2,"meanInterval":{"lower":3.9,"upper":4.5}},
               {"group":"chilonzor","n":25,"suppressed":false,"mean":3.4,"meanInterval":{"lower":3.0,"upper":3.8}},
               {"group":"yunusobod","n":12,"suppressed":false,"mean":3.9,"meanInterval":{"lower":3.3,"upper":4.5}}],
             "test":{"name":"anova","statistic":6.1,"degreesOfFreedom":2.0,"denominatorDegreesOfFreedom":74.0,
               "pValue":0.0034,"effectSizeName":"etaSquared","effectSize":0.1416,"significant":true},
             "pairs":[
               {"first":"central","second":"chilonzor","meanDifference":0.8,"t":3.3,"degreesOfFreedom":50.1,
                "pValue":0.0018,"adjustedPValue":0.0054,"cohensD":0.85,"significant":true},
               {"first":"central","second":"yunusobod","meanDifference":0.3,"t":0.9,"degreesOfFreedom":17.2,
                "pValue":0.38,"adjustedPValue":0.38,"cohensD":0.3,"significant":false},
               {"first":"chilonzor","second":"yunusobod","meanDifference":-0.5,"t":-1.4,"degreesOfFreedom":25.3,
                "pValue":0.17,"adjustedPValue":0.34,"cohensD":-0.5,"significant":false}],
             "statement":"The groups differ (one-way ANOVA, p = 0.003). central rate higher than chilonzor: 4.20 vs 3.40 (p = 0.005 after Holm correction)."}
            """;

    /** Three age bands that do not differ. */
    static final String BY_AGE_BAND = """
            {"surveyId":"demo","questionId":"recommend","by":"ageBand","minimumGroupSize":5,
             "groups":[{"group":"18_24","n":20,"suppressed":false,"mean":8.1,"meanInterval":{"lower":7.4,"upper":8.8}},
               {"group":"25_34","n":15,"suppressed":false,"mean":7.9,"meanInterval":{"lower":7.0,"upper":8.8}},
               {"group":"35_54","n":9,"suppressed":false,"mean":7.5,"meanInterval":{"lower":6.2,"upper":8.8}}],
             "test":{"name":"anova","statistic":0.9,"degreesOfFreedom":2.0,"denominatorDegreesOfFreedom":41.0,
               "pValue":0.41,"effectSizeName":"etaSquared","effectSize":0.042,"significant":false},
             "pairs":[
               {"first":"18_24","second":"25_34","meanDifference":0.2,"t":0.4,"degreesOfFreedom":30.0,"pValue":0.69,
                "adjustedPValue":1.0,"cohensD":0.1,"significant":false},
               {"first":"18_24","second":"35_54","meanDifference":0.6,"t":0.9,"degreesOfFreedom":14.0,"pValue":0.38,
                "adjustedPValue":1.0,"cohensD":0.3,"significant":false},
               {"first":"25_34","second":"35_54","meanDifference":0.4,"t":0.6,"degreesOfFreedom":16.0,"pValue":0.56,
                "adjustedPValue":1.0,"cohensD":0.2,"significant":false}],
             "statement":"No significant difference between the groups at the 5% level (one-way ANOVA, p = 0.410)."}
            """;

    /** A single choice per channel, the kiosk suppressed; chi-square finds no difference. */
    static final String CHOICE_BY_CHANNEL = """
            {"surveyId":"demo","questionId":"visited_service","by":"channel","minimumGroupSize":5,
             "groups":[{"group":"kiosk","suppressed":true},
               {"group":"qr","n":10,"suppressed":false,
                "counts":{"lending":2,"reading_room":6,"reference":0,"digital":2,"events":0}},
               {"group":"web","n":20,"suppressed":false,
                "counts":{"lending":8,"reading_room":6,"reference":2,"digital":4,"events":0}}],
             "test":{"name":"chi-square","statistic":2.7641025641,"degreesOfFreedom":3.0,"pValue":0.4296,
               "effectSizeName":"cramersV","effectSize":0.3035,"significant":false},
             "pairs":[],
             "statement":"No significant difference between the groups at the 5% level (chi-square = 2.76, df = 3, p = 0.430)."}
            """;

    private Comparisons() {
    }

    /** survey-service's {@code GET /api/v1/admin/surveys/demo}: version 1 of the built-in demo survey, published. */
    static String demoVersions() {
        var published = SurveyVersion.of(BuiltInSurveys.demo(), SurveyStatus.PUBLISHED,
                Instant.parse("2026-09-01T08:00:00Z"), "admin");
        return new String(EventJson.write(List.of(published)), java.nio.charset.StandardCharsets.UTF_8);
    }
}
