package uz.fikr.e2e.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uz.fikr.e2e.hostile.HostileCase.Service;

/**
 * HTTP itself used wrongly: methods an endpoint does not take (405), bodies in types it does not read (415), heads
 * too large for the server (400 or 431), and framing a well-behaved client never sends (400). Each is answered with a
 * problem, also where Tomcat or Spring Security's firewall refuses it before the application.
 */
final class ProtocolCases {

    static final String GROUP = "methods, types, headers";

    private ProtocolCases() {}

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        methods(cases);
        contentTypes(cases);
        heads(cases);
        return cases;
    }

    private static void methods(List<HostileCase> cases) {
        String[][] wrong = {{"GET", "/api/v1/responses"}, {"PUT", "/api/v1/responses"},
            {"DELETE", "/api/v1/responses"}, {"PATCH", "/api/v1/responses"}, {"GET", "/api/v1/feedback"},
            {"DELETE", "/api/v1/feedback"}, {"POST", "/api/v1/surveys/demo"}, {"DELETE", "/s/demo"},
            {"PUT", "/s/demo/qr.svg"}};
        for (String[] request : wrong) {
            cases.add(HostileCase.of(GROUP, request[0] + " " + request[1]).request(Service.SURVEY, request[0],
                    request[1]).expect(405).build());
        }
        String[][] analytics = {{"POST", "/api/v1/surveys/demo/stats"}, {"DELETE", "/api/v1/surveys/demo/summary"},
            {"PUT", "/api/v1/feedback/themes"}, {"PATCH", "/api/v1/surveys/service-quality/gaps"}};
        for (String[] request : analytics) {
            cases.add(HostileCase.of(GROUP, "analytics: " + request[0] + " " + request[1])
                    .request(Service.ANALYTICS, request[0], request[1]).expect(405).build());
        }
        cases.add(HostileCase.of(GROUP, "analytics: a POST of 1 MiB to a statistics endpoint")
                .post(Service.ANALYTICS, "/api/v1/surveys/demo/stats").json(new byte[1024 * 1024]).expect(405)
                .build());
        cases.add(HostileCase.of(GROUP, "analytics: a path that does not exist")
                .get(Service.ANALYTICS, "/api/v1/surveys/demo/nothing-here").expect(404).build());
        cases.add(HostileCase.of(GROUP, "TRACE /api/v1/responses").request(Service.SURVEY, "TRACE",
                "/api/v1/responses").expect(405).build());
        cases.add(HostileCase.of(GROUP, "an invented method").request(Service.SURVEY, "FOO", "/api/v1/responses")
                .expect(400).build());
        // refused by Spring Security's firewall, before the application, as on survey-service
        cases.add(HostileCase.of(GROUP, "analytics: an invented method").request(Service.ANALYTICS, "FOO",
                "/api/v1/surveys/demo/stats").expect(400).build());
    }

    private static void contentTypes(List<HostileCase> cases) {
        byte[] valid = Bodies.bytes(Bodies.demoResponse(UUID.randomUUID()));
        String[][] types = {{"plain text", "text/plain"}, {"a form", "application/x-www-form-urlencoded"},
            {"XML", "application/xml"}, {"multipart", "multipart/form-data; boundary=x"},
            {"a type that is not a type", "!!!/???"}, {"JSON in UTF-7", "application/json; charset=utf-7"},
            {"JSON in a charset that does not exist", "application/json; charset=klingon"}};
        for (String[] type : types) {
            cases.add(HostileCase.of(GROUP, "a response sent as " + type[0]).post(Service.SURVEY, "/api/v1/responses")
                    .body(type[1], valid).expect(415).build());
        }
        cases.add(HostileCase.of(GROUP, "a response without a content type").post(Service.SURVEY,
                "/api/v1/responses").unframed(valid).rawHeader("Host: 127.0.0.1").rawHeader("Connection: close")
                .rawHeader("Content-Length: " + valid.length).expect(415).build());
        cases.add(HostileCase.of(GROUP, "an invalid response from a client that accepts only XML")
                .post(Service.SURVEY, "/api/v1/responses").header("Accept", "application/xml")
                .json("{\"surveyId\": \"no-such-survey\"}").field("surveyId").build());
        cases.add(HostileCase.of(GROUP, "analytics: a bad filter from a client that accepts only CSV")
                .get(Service.ANALYTICS, "/api/v1/surveys/demo/stats?branch=%27").header("Accept", "text/csv")
                .field("branch").build());
    }

    private static void heads(List<HostileCase> cases) {
        for (Service service : Service.values()) {
            String path = service == Service.SURVEY ? "/api/v1/surveys/demo" : "/api/v1/surveys/demo/summary";
            String prefix = service == Service.SURVEY ? "" : "analytics: ";
            cases.add(head(prefix + "a header of 64 KiB", service, path).header("X-Padding", "p".repeat(64 * 1024))
                    .build());
            cases.add(head(prefix + "a cookie of 64 KiB", service, path).header("Cookie", "c=" + "v".repeat(64 * 1024))
                    .build());
            HostileCase.Builder many = head(prefix + "300 headers", service, path);
            for (int i = 0; i < 300; i++) {
                many.header("X-Header-" + i, "v".repeat(64));
            }
            cases.add(many.build());
            cases.add(HostileCase.of(GROUP, prefix + "a request target of 20,000 characters").get(service,
                    path + "?q=" + "x".repeat(20_000)).expect(400, 414, 431).build());
        }
        String path = "/api/v1/surveys/demo";
        cases.add(raw("a header line without a colon", "GET " + path, "", "Host: 127.0.0.1", "Not a header"));
        cases.add(raw("a space inside a header name", "GET " + path, "", "Host: 127.0.0.1", "Bad Header: x"));
        cases.add(raw("a NUL in a header value", "GET " + path, "", "Host: 127.0.0.1", "X-Reader: a\u0000b"));
        cases.add(raw("no Host header", "GET " + path, ""));
        cases.add(raw("two different Content-Lengths", "POST /api/v1/responses", "{}\n", "Host: 127.0.0.1",
                "Content-Type: application/json", "Content-Length: 2", "Content-Length: 3"));
        cases.add(raw("a Content-Length that is not a number", "POST /api/v1/responses", "{}", "Host: 127.0.0.1",
                "Content-Type: application/json", "Content-Length: abc"));
        cases.add(raw("a negative Content-Length", "POST /api/v1/responses", "{}", "Host: 127.0.0.1",
                "Content-Type: application/json", "Content-Length: -1"));
        cases.add(HostileCase.of(GROUP, "a chunk size that is not hexadecimal").post(Service.SURVEY,
                        "/api/v1/responses").rawHeader("Host: 127.0.0.1").rawHeader("Connection: close")
                .rawHeader("Content-Type: application/json").rawHeader("Transfer-Encoding: chunked")
                .unframed(Bodies.utf8("zz\r\n{}\r\n0\r\n\r\n")).expect(400).build());
        cases.add(HostileCase.of(GROUP, "both Content-Length and chunked").post(Service.SURVEY, "/api/v1/responses")
                .rawHeader("Host: 127.0.0.1").rawHeader("Connection: close")
                .rawHeader("Content-Type: application/json").rawHeader("Content-Length: 3")
                .rawHeader("Transfer-Encoding: chunked").unframed(Bodies.utf8("1\r\n{\r\n0\r\n\r\n")).expect(400)
                .build());
    }

    private static HostileCase.Builder head(String name, Service service, String path) {
        return HostileCase.of(GROUP, name).get(service, path).expect(400, 431);
    }

    /** A request whose head is written line by line, exactly as given, followed by {@code body}. */
    private static HostileCase raw(String name, String requestLine, String body, String... headers) {
        String[] parts = requestLine.split(" ", 2);
        HostileCase.Builder builder = HostileCase.of(GROUP, name).request(Service.SURVEY, parts[0], parts[1])
                .expect(400).rawHeader("Connection: close");
        for (String header : headers) {
            builder.rawHeader(header);
        }
        return builder.unframed(Bodies.utf8(body)).build();
    }
}
