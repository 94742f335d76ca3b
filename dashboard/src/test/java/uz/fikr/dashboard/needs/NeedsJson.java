package uz.fikr.dashboard.needs;

/**
 * analytics-service's needs and themes answers for the built-in service-quality survey, in the shape its records
 * ({@code Needs}, {@code Themes}) are written: a suppressed group has no lists (and, for themes, no n); a wanted
 * option's interval may be null. The comments are those of analytics-service's ThemesIntegrationTests, with markup.
 */
final class NeedsJson {

    static final String BY_READER_GROUP = """
            {"surveyId":"service-quality","by":"readerGroup","minimumGroupSize":5,"groups":[
              {"group":"disability","suppressed":true},
              {"group":"student","suppressed":false,
               "wanted":[
                {"questionId":"wanted_services","option":"wifi_and_sockets","count":9,"n":12,"share":0.75,
                 "interval":{"lower":0.4677,"upper":0.9111}},
                {"questionId":"wanted_services","option":"audiobooks","count":3,"n":12,"share":0.25,
                 "interval":{"lower":0.0889,"upper":0.5323}},
                {"questionId":"wanted_services","option":"other","count":1,"n":12,"share":0.0833333333,
                 "interval":null}],
               "largestGaps":[
                {"questionId":"q_info_1","serviceArea":"collections","n":7,"mean":-0.4,
                 "interval":{"lower":-1.2,"upper":0.4}}],
               "lowestRatings":[
                {"questionId":"overall","serviceArea":"overall","n":12,"mean":3.5714285714,
                 "interval":{"lower":2.9,"upper":4.2}}]}
            ]}
            """;

    static final String BY_BRANCH = """
            {"surveyId":"service-quality","by":"branch","minimumGroupSize":5,"groups":[
              {"group":"central","suppressed":false,"wanted":[],
               "largestGaps":[
                {"questionId":"q_info_1","serviceArea":"collections","n":5,"mean":0.4,
                 "interval":{"lower":-1.4830766883,"upper":2.2830766883}},
                {"questionId":"q_affect_5","serviceArea":"lending","n":6,"mean":1.5,
                 "interval":{"lower":0.2,"upper":2.8}}],
               "lowestRatings":[
                {"questionId":"overall","serviceArea":"overall","n":7,"mean":3.5714285714,
                 "interval":{"lower":2.6,"upper":4.5}}]},
              {"group":"chilonzor","suppressed":true}
            ]}
            """;

    static final String THEMES = """
            {"minimumGroupSize":5,"groups":[
              {"source":"answers","serviceArea":"overall","n":5,"suppressed":false,
               "terms":[{"term":"зали","count":4},{"term":"ўқув","count":4}],
               "phrases":[{"phrase":"ўқув зали","count":4}],
               "examples":["Ўқув зали жуда совуқ"]},
              {"source":"feedback","serviceArea":"reading_rooms","category":"complaint","n":6,"suppressed":false,
               "terms":[{"term":"oʻquv","count":6},{"term":"zali","count":6}],
               "phrases":[{"phrase":"oʻquv zali","count":6}],
               "examples":["O’quv zali <b>shovqinli</b> & <script>alert(1)</script>","<b>x</b>"]},
              {"source":"feedback","serviceArea":"staff","category":"question","suppressed":true}
            ]}
            """;

    private NeedsJson() {
    }
}
