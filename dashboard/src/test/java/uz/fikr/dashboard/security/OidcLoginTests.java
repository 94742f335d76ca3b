package uz.fikr.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uz.fikr.dashboard.FakeApi;
import uz.fikr.dashboard.TemporaryUsersFile;

/**
 * With the {@code oidc} profile and a client configured, the dashboard discovers the identity provider from its
 * issuer (a stand-in on 127.0.0.1 that serves {@code /.well-known/openid-configuration}) and sends a user who chooses
 * the library account to the provider's authorization endpoint, while name-and-password logins keep working.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.productionMode=true",
        "FIKR_OIDC_CLIENT_ID=fikr-dashboard",
        "FIKR_OIDC_CLIENT_SECRET=test-secret"})
@ActiveProfiles("oidc")
class OidcLoginTests {

    private static final FakeApi provider = FakeApi.start();
    private static final String ISSUER = provider.url() + "/realms/library";

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void ownUsersFileAndProvider(DynamicPropertyRegistry registry) {
        TemporaryUsersFile.use(registry);
        provider.get("/realms/library/.well-known/openid-configuration", """
                {"issuer": "%1$s", "authorization_endpoint": "%1$s/auth", "token_endpoint": "%1$s/token",
                 "jwks_uri": "%1$s/certs", "userinfo_endpoint": "%1$s/userinfo",
                 "response_types_supported": ["code"], "subject_types_supported": ["public"],
                 "id_token_signing_alg_values_supported": ["RS256"]}""".formatted(ISSUER));
        registry.add("FIKR_OIDC_ISSUER_URI", () -> ISSUER);
    }

    @Test
    void the_library_account_link_leads_to_the_identity_provider_with_the_dashboard_as_client() throws Exception {
        HttpResponse<String> response = get("/oauth2/authorization/library");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString()
                .startsWith(ISSUER + "/auth?")
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
