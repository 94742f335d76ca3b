package uz.fikr.e2e.hostile;

import static uz.fikr.e2e.hostile.PublicReadCases.encoded;

import java.util.ArrayList;
import java.util.List;
import uz.fikr.e2e.hostile.HostileCase.Service;

/**
 * SQL and ClickHouse injection in every query parameter and filter of analytics-service, and values no filter
 * means (dates beyond any calendar, versions that are not numbers). Every one is refused with 400 naming the
 * parameter before any SQL is written; an unknown survey in the path is 404.
 */
final class AnalyticsCases {

    static final String GROUP = "analytics";
    static final String[] INJECTIONS = {"' OR 1=1 --", "1; DROP TABLE fikr.answers",
        "\\' UNION SELECT name FROM system.tables --", "\\", "'", "\"", "central' --", "\u0000",
        "') OR ('1'='1", "' FORMAT TSV SETTINGS max_threads=1000 --", "${jndi:ldap://127.0.0.1/x}", "1 OR sleep(3)"};
    private static final String[] FILTERS = {"from", "to", "version", "branch", "readerGroup", "ageBand", "channel"};
    private static final String[] ENDPOINTS = {"demo/stats", "demo/nps", "demo/compare?question=satisfaction&by=branch",
        "demo/trend?question=satisfaction&interval=week", "service-quality/gaps", "service-quality/reliability",
        "service-quality/drivers?target=overall&level=dimension", "service-quality/needs?by=branch"};

    private AnalyticsCases() {}

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        for (int f = 0; f < FILTERS.length; f++) {
            for (int i = 0; i < INJECTIONS.length; i++) {
                String endpoint = ENDPOINTS[(f + i) % ENDPOINTS.length];
                cases.add(get("filter " + FILTERS[f] + " = " + printable(INJECTIONS[i]) + " on " + endpoint.split("\\?")[0],
                        endpoint, FILTERS[f], INJECTIONS[i]));
            }
        }
        String[][] parameters = {{"demo/compare?by=branch", "question"}, {"demo/compare?question=satisfaction", "by"},
            {"demo/trend?interval=month", "question"}, {"demo/trend?question=satisfaction", "interval"},
            {"service-quality/drivers?level=item", "target"}, {"service-quality/drivers?target=overall", "level"},
            {"service-quality/needs?", "by"}};
        for (String[] parameter : parameters) {
            for (int i = 0; i < 4; i++) {
                String injection = INJECTIONS[(i * 3 + parameter[1].length()) % INJECTIONS.length];
                cases.add(get(parameter[1] + " = " + printable(injection) + " on " + parameter[0].split("\\?")[0],
                        parameter[0], parameter[1], injection));
            }
        }
        themes(cases);
        oddValues(cases);
        surveysInThePath(cases);
        return cases;
    }

    private static void themes(List<HostileCase> cases) {
        String[] parameters = {"source", "serviceArea", "category", "from", "to", "surveyId", "limit"};
        for (int p = 0; p < parameters.length; p++) {
            for (int i = 0; i < 2; i++) {
                String injection = INJECTIONS[(p * 2 + i) % INJECTIONS.length];
                cases.add(HostileCase.of(GROUP, "themes " + parameters[p] + " = " + printable(injection))
                        .get(Service.ANALYTICS, "/api/v1/feedback/themes?" + parameters[p] + "=" + encoded(injection))
                        .field(parameters[p]).build());
            }
        }
        String[] limits = {"0", "101", "-1", "99999999999", "1e2"};
        for (String limit : limits) {
            cases.add(HostileCase.of(GROUP, "themes limit = " + limit)
                    .get(Service.ANALYTICS, "/api/v1/feedback/themes?limit=" + limit).field("limit").build());
        }
        cases.add(HostileCase.of(GROUP, "themes of a survey for online feedback only")
                .get(Service.ANALYTICS, "/api/v1/feedback/themes?source=feedback&surveyId=demo").field("surveyId")
                .build());
    }

    private static void oddValues(List<HostileCase> cases) {
        String[][] values = {{"from", "+999999999-12-31"}, {"to", "+999999999-12-31"}, {"from", "-999999999-01-01"},
            {"to", "-0001-12-31"}, {"from", "2026-02-30"}, {"from", "2026-13-01"}, {"from", "2026-1-1"},
            {"to", "20260101"}, {"version", "0"}, {"version", "-1"}, {"version", "99999999999"}, {"version", "1.5"},
            {"version", "1e3"}, {"version", "0x10"}};
        for (int i = 0; i < values.length; i++) {
            String endpoint = ENDPOINTS[i % ENDPOINTS.length];
            cases.add(get(values[i][0] + " = " + values[i][1] + " on " + endpoint.split("\\?")[0], endpoint,
                    values[i][0], values[i][1]));
        }
        cases.add(HostileCase.of(GROUP, "the analytics API without the dashboard's login").get(Service.ANALYTICS,
                "/api/v1/surveys/demo/summary").header("Authorization", "Bearer nothing").expect(401).build());
        cases.add(HostileCase.of(GROUP, "the analytics API with a guessed password").get(Service.ANALYTICS,
                "/api/v1/surveys/demo/stats").header("Authorization", "Basic "
                        + java.util.Base64.getEncoder().encodeToString("dashboard:guess".getBytes(
                                java.nio.charset.StandardCharsets.UTF_8))).expect(401).build());
        cases.add(HostileCase.of(GROUP, "from after to").get(Service.ANALYTICS,
                "/api/v1/surveys/demo/stats?from=2026-12-31&to=2026-01-01").field("from").build());
        cases.add(HostileCase.of(GROUP, "a second branch that is SQL").get(Service.ANALYTICS,
                "/api/v1/surveys/demo/stats?branch=central&branch=" + encoded("' OR 1=1 --")).field("branch").build());
        cases.add(HostileCase.of(GROUP, "compare by a question that is free text").get(Service.ANALYTICS,
                "/api/v1/surveys/demo/compare?question=comment&by=branch").field("question").build());
        cases.add(HostileCase.of(GROUP, "drivers of a three-column item").get(Service.ANALYTICS,
                "/api/v1/surveys/service-quality/drivers?target=q_place_2").field("target").build());
    }

    private static void surveysInThePath(List<HostileCase> cases) {
        String[][] ids = {{"SQL", "demo'%20OR%201=1%20--"}, {"an id of 5,000 characters", "d".repeat(5_000)},
            {"a draft survey", HostileSurveys.DRAFT},
            {"Cyrillic", "%D1%81%D1%9E%D1%80%D0%BE%D0%B2"}};
        String[] endpoints = {"summary", "stats", "nps"};
        for (String[] id : ids) {
            for (String endpoint : endpoints) {
                cases.add(HostileCase.of(GROUP, endpoint + " of a survey id with " + id[0]).get(Service.ANALYTICS,
                        "/api/v1/surveys/" + id[1] + "/" + endpoint).expect(404).build());
            }
        }
        // an encoded semicolon in the path: refused by Spring Security's firewall, before the application
        for (String endpoint : endpoints) {
            cases.add(HostileCase.of(GROUP, endpoint + " of a survey id with a statement").get(Service.ANALYTICS,
                    "/api/v1/surveys/demo%27%3B%20DROP%20TABLE%20fikr.answers/" + endpoint).expect(400).build());
        }
        cases.add(HostileCase.of(GROUP, "summary of a survey id with an encoded backslash, refused by the HTTP server")
                .get(Service.ANALYTICS, "/api/v1/surveys/demo%5C/summary").expect(400).build());
    }

    private static HostileCase get(String name, String endpoint, String parameter, String value) {
        String separator = endpoint.contains("?") ? (endpoint.endsWith("?") ? "" : "&") : "?";
        return HostileCase.of(GROUP, name).get(Service.ANALYTICS, "/api/v1/surveys/" + endpoint + separator
                + parameter + "=" + encoded(value)).field(parameter).build();
    }

    private static String printable(String value) {
        return value.replace("\u0000", "\\0");
    }
}
