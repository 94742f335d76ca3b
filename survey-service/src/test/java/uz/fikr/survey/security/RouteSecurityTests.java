package uz.fikr.survey.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route the service maps, found from the application itself (so a route added later is covered too): the
 * management routes refuse anonymous callers and librarians, the staff routes refuse anonymous callers, and every
 * HTML page carries the security headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
            "fikr.publishing.partitions=1", "fikr.surveys.seed-demo=true", "fikr.security.admin-password=admin-pw",
            "fikr.security.staff-user=librarian", "fikr.security.staff-password=staff-pw"})
@EmbeddedKafka(partitions = 1)
class RouteSecurityTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void every_management_route_refuses_anonymous_callers_and_librarians() throws Exception {
        List<Route> admin = routes("/api/v1/admin");

        assertThat(admin).hasSizeGreaterThanOrEqualTo(10);
        for (Route route : admin) {
            HttpResponse<String> anonymous = call(route, null);
            assertThat(anonymous.statusCode()).as("anonymous " + route).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    challenge -> assertThat(challenge).startsWith("Basic"));
            assertThat(call(route, "librarian:staff-pw").statusCode()).as("librarian " + route).isEqualTo(403);
            assertThat(call(route, "admin:wrong").statusCode()).as("wrong password " + route).isEqualTo(401);
        }
    }

    @Test
    void every_staff_route_refuses_anonymous_callers() throws Exception {
        List<Route> staff = routes("/staff");

        assertThat(staff).isNotEmpty();
        for (Route route : staff) {
            // a POST without the page's CSRF token is refused (403) before the login is even asked for (401)
            assertThat(call(route, null).statusCode()).as("anonymous " + route)
                    .isIn(route.method().equals("GET") ? List.of(401) : List.of(401, 403));
        }
    }

    @Test
    void the_public_you_said_we_did_list_and_page_need_no_login() throws Exception {
        for (String open : List.of("/api/v1/you-said-we-did", "/you-said-we-did")) {
            assertThat(HTTP.send(HttpRequest.newBuilder(uri(open)).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).as(open).isEqualTo(200);
        }
    }

    @Test
    void reader_pages_carry_the_security_headers_and_no_session_cookie() throws Exception {
        for (String page : List.of("/s/demo", "/s/demo/thanks", "/s/demo/poster", "/s/unknown",
                "/you-said-we-did")) {
            HttpResponse<String> reply = HTTP.send(HttpRequest.newBuilder(uri(page)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Map<String, List<String>> headers = reply.headers().map();

            assertThat(reply.headers().firstValue("Content-Security-Policy")).as(page).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'self'", "frame-ancestors 'self'")
                            .doesNotContain("unsafe-inline", "unsafe-eval"));
            assertThat(reply.headers().firstValue("X-Content-Type-Options")).as(page).hasValue("nosniff");
            assertThat(reply.headers().firstValue("Referrer-Policy")).as(page).hasValue("same-origin");
            assertThat(headers.getOrDefault("set-cookie", List.of())).as(page)
                    .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
        }
    }

    private List<Route> routes(String prefix) {
        List<Route> routes = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith(prefix)) {
                    continue;
                }
                String path = pattern.replaceAll("\\{[^}]+}", "demo");
                var methods = info.getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? List.of(RequestMethod.GET) : methods) {
                    routes.add(new Route(method.name(), path));
                }
            }
        }
        return routes;
    }

    private HttpResponse<String> call(Route route, String login) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(route.path()))
                .method(route.method(), HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json");
        if (login != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    login.getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    record Route(String method, String path) {}
}
