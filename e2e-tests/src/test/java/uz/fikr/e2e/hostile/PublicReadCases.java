package uz.fikr.e2e.hostile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import uz.fikr.e2e.hostile.HostileCase.Service;
import uz.fikr.e2e.hostile.HostileCase.Shape;

/**
 * What anyone may read: published surveys as JSON, QR codes and posters, asked for with odd ids and parameters:
 * path traversal, NUL, very long ids, Unicode, scripts. Unknown, draft and closed surveys are not found; a path the
 * HTTP server itself refuses gets a 400 problem with nothing of the server's insides.
 */
final class PublicReadCases {

    static final String GROUP = "public reads, QR, posters";
    private static final String[][] ODD_IDS = {
        {"a path traversal with encoded slashes", "..%2F..%2Fetc%2Fpasswd", "400"},
        {"a path traversal with encoded dots", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "400"},
        {"an encoded NUL", "%00", "400"},
        {"an id ending in an encoded NUL", "demo%00", "400"},
        {"invalid UTF-8 in the path", "%FF%FE", "400"},
        {"an overlong UTF-8 slash", "%C0%AF", "400"},
        {"an id of 5,000 characters", "a".repeat(5_000), "404"},
        {"an id in Cyrillic", "%D1%81%D1%9E%D1%80%D0%BE%D0%B2%D0%BD%D0%BE%D0%BC%D0%B0", "404"},
        {"an emoji id", "%F0%9F%93%9A", "404"},
        {"SQL in the id", "demo'%20OR%20'1'='1", "404"},
        {"a script in the id", "%3Cscript%3Ealert(1)%3C", "404"},
        {"a draft survey", HostileSurveys.DRAFT, "404"},
        {"a closed survey", HostileSurveys.CLOSED, "404"}};

    private PublicReadCases() {}

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        for (String[] odd : ODD_IDS) {
            cases.add(read("survey JSON: " + odd[0], "/api/v1/surveys/" + odd[1], odd[2]));
            cases.add(read("QR code: " + odd[0], "/s/" + odd[1] + (odd[0].contains("Cyrillic") ? "/qr.png"
                    : "/qr.svg"), odd[2]));
        }
        cases.add(read("survey JSON: an unknown survey", "/api/v1/surveys/no-such-survey", "404"));
        cases.add(read("poster: an unknown survey", "/s/no-such-survey/poster", "404"));
        String[][] versions = {{"a word", "abc", "400"}, {"a number too big for an int", "99999999999", "400"},
            {"an exponent", "1e3", "400"}, {"a negative version", "-1", "404"}, {"version 0", "0", "404"},
            {"an encoded NUL", "%00", "400"}, {"a version that never was", "2", "404"}};
        for (String[] version : versions) {
            cases.add(read("survey version: " + version[0], "/api/v1/surveys/demo/versions/" + version[1],
                    version[2]));
        }
        cases.add(read("survey version: a draft version", "/api/v1/surveys/" + HostileSurveys.SKIP + "/versions/2",
                "404"));
        String[][] sizes = {{"a word", "abc"}, {"a huge number", "99999999999999999999"}, {"-1", "-1"},
            {"127 pixels", "127"}, {"2049 pixels", "2049"}, {"an exponent", "1e3"}, {"a NUL", "%00"},
            {"SQL", encoded("512; DROP TABLE fikr.responses")}};
        for (String[] size : sizes) {
            cases.add(read("QR size: " + size[0], "/s/demo/qr.png?size=" + size[1], "400", "size"));
        }
        String[][] branches = {{"SQL", "' OR 1=1 --"}, {"a script", "<script>alert(1)</script>"},
            {"a path traversal", "../../etc/passwd"}, {"65 characters", "b".repeat(65)}, {"a NUL", "central\u0000"},
            {"two values", "central&branch=' OR 1=1 --"}};
        for (String[] branch : branches) {
            String value = branch[0].equals("two values") ? "central&branch=" + encoded("' OR 1=1 --")
                    : encoded(branch[1]);
            cases.add(read("QR branch: " + branch[0], "/s/demo/qr.svg?branch=" + value, "400", "branch"));
            cases.add(read("poster branch: " + branch[0], "/s/demo/poster?branch=" + value, "400", "branch"));
        }
        String[][] statics = {{"an encoded traversal out of the widget", "/widget/..%2F..%2Fapplication.yml"},
            {"encoded dots out of the widget", "/widget/%2e%2e/%2e%2e/application.yml"},
            {"a double-encoded traversal out of the styles", "/css/..%252F..%252Fapplication.yml"},
            {"an encoded NUL after the widget", "/widget/fikr-widget.js%00.txt"},
            {"a dot-dot traversal out of the widget", "/widget/../application.yml"}};
        for (String[] path : statics) {
            cases.add(read("static files: " + path[0], path[1], "400"));
        }
        cases.add(HostileCase.of(GROUP, "analytics static files: an encoded traversal out of Swagger UI")
                .get(Service.ANALYTICS, "/swagger-ui/..%2F..%2Fapplication.yml").expect(400).build());
        cases.add(HostileCase.of(GROUP, "poster: a script as the language").get(Service.SURVEY,
                        "/s/demo/poster?lang=" + encoded("<script>alert(1)</script>")).expect(200).shape(Shape.HTML)
                .lacks("<script>alert").build());
        return cases;
    }

    private static HostileCase read(String name, String target, String status) {
        int code = Integer.parseInt(status);
        return HostileCase.of(GROUP, name).get(Service.SURVEY, target).expect(code)
                .lacks("<script").build();
    }

    private static HostileCase read(String name, String target, String status, String field) {
        return HostileCase.of(GROUP, name).get(Service.SURVEY, target).expect(Integer.parseInt(status)).field(field)
                .lacks("<script").build();
    }

    static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
