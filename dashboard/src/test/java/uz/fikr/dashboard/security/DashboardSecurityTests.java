package uz.fikr.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uz.fikr.dashboard.TemporaryUsersFile;

/**
 * The whole dashboard over HTTP, as a browser meets it before any page is drawn: who is sent to the login page, the
 * security headers, the session cookie, and the form login. Vaadin runs in production mode here so that starting
 * the server does not build a development frontend bundle (which needs Node); the pages' own HTML is therefore not
 * served, and no test here needs it: Spring Security answers every request below before Vaadin does. Vaadin's
 * configuration exempts the login form's POST from CSRF tokens, so the form login needs no page fetched first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
class DashboardSecurityTests {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    DashboardUsers users;

    @DynamicPropertySource
    static void ownUsersFile(DynamicPropertyRegistry registry) {
        TemporaryUsersFile.use(registry);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/quality", "/compare?survey=demo&question=satisfaction", "/users", "/reports"})
    void an_anonymous_visitor_is_sent_to_the_login_page(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue(url("/login"));
    }

    @Test
    void the_style_sheets_load_before_login_so_the_login_page_and_every_page_are_styled() throws Exception {
        HttpResponse<String> response = get("/styles/dashboard.css");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/css");
        assertThat(get("/styles/overview.css").statusCode()).isEqualTo(200);
    }

    @Test
    void every_answer_carries_the_security_headers() throws Exception {
        HttpResponse<String> response = get("/");

        assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("frame-ancestors 'none'", "default-src 'self'", "object-src 'none'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void logging_in_gives_a_new_http_only_same_site_session_cookie() throws Exception {
        String before = sessionCookie(get("/"));

        HttpResponse<String> response = login("admin", "test-admin-password");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue(url("/"));
        String cookie = sessionCookie(response);
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax", "Path=/");
        assertThat(cookie.substring(0, cookie.indexOf(';'))).as("a new session after login")
                .isNotEqualTo(before.substring(0, before.indexOf(';')));
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void a_wrong_password_returns_to_the_login_page_with_an_error() throws Exception {
        HttpResponse<String> response = login("admin", "not-the-password");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue(url("/login?error"));
    }

    @Test
    void a_user_added_on_the_users_page_logs_in_with_their_password_only() throws Exception {
        users.add("nodira", Role.MANAGER, "reading-room-42");

        assertThat(login("nodira", "reading-room-42").headers().firstValue("Location")).hasValue(url("/"));
        assertThat(login("nodira", "reading-room-43").headers().firstValue("Location")).hasValue(url("/login?error"));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> login(String name, String password) throws IOException, InterruptedException {
        String form = "username=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
