package uz.fikr.e2e.hostile;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import uz.fikr.e2e.hostile.HostileCase.Service;
import uz.fikr.e2e.hostile.HostileCase.Shape;

/**
 * Survey management and inbox changes ({@code /api/v1/admin/**}, admins only) and librarian-assisted entry
 * ({@code /staff/**}, staff and admins) refuse anonymous callers (401), wrong passwords (401), librarians on admin
 * routes (403), posts without the CSRF token (403) and paths dressed up to slip past the rules.
 */
final class AccessCases {

    static final String GROUP = "admin and staff access";
    private static final String DEFINITION = "{\"id\": \"sneaky\", \"title\": {\"uz-Latn\": \"Yashirin\"}, "
            + "\"questions\": [{\"id\": \"q\", \"type\": \"rating\", \"serviceArea\": \"overall\", "
            + "\"text\": {\"uz-Latn\": \"Baho\"}}]}";
    private static final String[][] ADMIN_ROUTES = {
        {"GET", "/api/v1/admin/surveys", ""},
        {"GET", "/api/v1/admin/templates", ""},
        {"POST", "/api/v1/admin/surveys", DEFINITION},
        {"POST", "/api/v1/admin/surveys/from-template", "{\"template\": \"quick-satisfaction\", \"id\": \"sneaky\"}"},
        {"PUT", "/api/v1/admin/surveys/demo/draft", DEFINITION.replace("sneaky", "demo")},
        {"POST", "/api/v1/admin/surveys/demo/publish", ""},
        {"POST", "/api/v1/admin/surveys/demo/close", ""},
        {"GET", "/api/v1/admin/surveys/demo/export", ""},
        {"POST", "/api/v1/admin/surveys/import", "{\"format\": \"fikr-survey/1\", \"id\": \"sneaky\"}"},
        {"POST", "/api/v1/admin/surveys/demo/invitations", "{\"count\": 5}"},
        {"POST", InboxCases.changes("feedback:6f1c2a9e-8d0b-4c55-9a57-0d7a3c1e2b44"), "{\"status\": \"NEW\"}"}};

    private AccessCases() {}

    static List<HostileCase> all(FikrStack stack) {
        List<HostileCase> cases = new ArrayList<>();
        for (String[] route : ADMIN_ROUTES) {
            cases.add(admin("anonymous " + route[0] + " " + route[1], route).expect(401).build());
            cases.add(admin("a librarian's " + route[0] + " " + route[1], route)
                    .basic(FikrStack.STAFF, stack.password()).expect(403).build());
        }
        String[] list = ADMIN_ROUTES[0];
        cases.add(admin("a wrong admin password", list).basic(FikrStack.ADMIN, "wrong").expect(401).build());
        cases.add(admin("the admin's password with a trailing space", list).basic(FikrStack.ADMIN, stack.password() + " ")
                .expect(401).build());
        cases.add(admin("SQL as the user name", list).basic("admin' --", "x").expect(401).build());
        cases.add(admin("an empty user and password", list).basic("", "").expect(401).build());
        cases.add(admin("a user name of 4,000 characters", list).basic("a".repeat(4_000), "x").expect(401).build());
        cases.add(admin("a NUL in the user name", list).basic("ad\u0000min", stack.password()).expect(401).build());
        cases.add(admin("a Basic header that is not Base64", list).header("Authorization", "Basic %%%").expect(401)
                .build());
        cases.add(admin("a bearer token", list).header("Authorization", "Bearer eyJhbGciOiJub25lIn0.e30.")
                .expect(401).build());
        String[][] disguised = {{"a trailing slash", "/api/v1/admin/surveys/", "401"},
            {"an encoded letter", "/api/v1/%61dmin/surveys", "401"},
            {"a dot-dot segment", "/api/v1/admin/../admin/surveys", "400"},
            {"a double slash", "/api/v1//admin/surveys", "400"}, {"a path parameter", "/api/v1/admin;x=y/surveys", "400"},
            {"an encoded slash", "/api/v1%2Fadmin/surveys", "400"}};
        for (String[] path : disguised) {
            cases.add(HostileCase.of(GROUP, "anonymous, with " + path[0]).get(Service.SURVEY, path[1])
                    .expect(Integer.parseInt(path[2])).build());
        }
        cases.add(HostileCase.of(GROUP, "anonymous, in capitals: no such path").get(Service.SURVEY,
                "/API/V1/ADMIN/SURVEYS").expect(404).build());
        staff(cases, stack);
        return cases;
    }

    private static void staff(List<HostileCase> cases, FikrStack stack) {
        cases.add(staff("anonymous GET of a staff form", "GET").expect(401).build());
        cases.add(staff("a wrong staff password", "GET").basic(FikrStack.STAFF, "wrong").expect(401).build());
        cases.add(staff("the librarian's password in capitals", "GET")
                .basic(FikrStack.STAFF, stack.password().toUpperCase(Locale.ROOT)).expect(401).build());
        cases.add(staff("anonymous POST of a staff form", "POST").form("channel=paper&a.satisfaction=5")
                .expect(401, 403).build());
        cases.add(staff("a librarian's POST without the CSRF token", "POST").basic(FikrStack.STAFF, stack.password())
                .form("channel=paper&a.satisfaction=5").expect(403).build());
        cases.add(staff("a librarian's POST with a forged CSRF token", "POST")
                .basic(FikrStack.STAFF, stack.password()).header("X-CSRF-TOKEN", "forged")
                .form("_csrf=forged&channel=paper&a.satisfaction=5").expect(403).build());
        cases.add(HostileCase.of(GROUP, "a librarian opens an unknown survey").get(Service.SURVEY,
                "/staff/s/no-such-survey").basic(FikrStack.STAFF, stack.password()).expect(404).shape(Shape.HTML)
                .build());
        cases.add(HostileCase.of(GROUP, "a librarian's path traversal").get(Service.SURVEY,
                "/staff/s/..%2F..%2Fetc%2Fpasswd").basic(FikrStack.STAFF, stack.password()).expect(400).build());
        cases.add(HostileCase.of(GROUP, "a librarian's forged Basic header").get(Service.SURVEY, "/staff/s/demo")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xFF, ':'}))
                .expect(401).build());
    }

    private static HostileCase.Builder admin(String name, String[] route) {
        HostileCase.Builder builder = HostileCase.of(GROUP, name).request(Service.SURVEY, route[0], route[1]);
        return route[2].isEmpty() ? builder : builder.json(route[2]);
    }

    private static HostileCase.Builder staff(String name, String method) {
        return HostileCase.of(GROUP, name).request(Service.SURVEY, method, "/staff/s/demo");
    }
}
