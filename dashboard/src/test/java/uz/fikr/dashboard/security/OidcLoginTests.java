package uz.fikr.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uz.fikr.dashboard.TemporaryUsersFile;

/**
 * With the {@code oidc} profile and a client configured, the dashboard sends a user who chooses the library account
 * to the identity provider's authorization endpoint, while name-and-password logins keep working. The provider's
 * endpoints are given directly, so no discovery request leaves the machine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.productionMode=true",
        "FIKR_OIDC_CLIENT_ID=fikr-dashboard",
        "FIKR_OIDC_CLIENT_SECRET=test-secret",
        "FIKR_OIDC_ISSUER_URI=",
        "spring.security.oauth2.client.provider.library.authorization-uri=http://127.0.0.1:9/realms/library/auth",
        "spring.security.oauth2.client.provider.library.token-uri=http://127.0.0.1:9/realms/library/token",
        "spring.security.oauth2.client.provider.library.jwk-set-uri=http://127.0.0.1:9/realms/library/certs",
        "spring.security.oauth2.client.provider.library.user-info-uri=http://127.0.0.1:9/realms/library/userinfo"})
@ActiveProfiles("oidc")
class OidcLoginTests {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void ownUsersFile(DynamicPropertyRegistry registry) {
        TemporaryUsersFile.use(registry);
    }

    @Test
    void the_library_account_link_leads_to_the_identity_provider_with_the_dashboard_as_client() throws Exception {
        HttpResponse<String> response = get("/oauth2/authorization/library");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString()
                .startsWith("http://127.0.0.1:9/realms/library/auth?")
                .contains("response_type=code", "client_id=fikr-dashboard", "scope=openid%20profile%20email",
                        "redirect_uri=http://127.0.0.1:" + port + "/login/oauth2/code/library");
    }

    @Test
    void name_and_password_logins_keep_working_beside_it() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=test-admin-password")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue(url("/"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
