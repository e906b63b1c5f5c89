package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import fr.passerelle.PasserelleApplication;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Outside dev mode: no token issuer, no GraphiQL, no introspection, no demo data. The issuer's decoder is replaced
 * by a mock (no identity provider runs here); everything else is the production configuration.
 */
@SpringBootTest(classes = PasserelleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"passerelle.mongodb.in-memory=true", "passerelle.security.issuer-uri=https://idp.example/realms/x"})
class ProductionModeTest {

    @MockitoBean
    private JwtDecoder jwtDecoder;

    @LocalServerPort
    private int port;

    @LocalManagementPort
    private int managementPort;

    private GraphQlHttp api;

    @BeforeEach
    void setUp() {
        api = new GraphQlHttp(port);
        when(jwtDecoder.decode("admin-token")).thenReturn(Jwt.withTokenValue("admin-token").header("alg", "RS256")
                .subject("admin-subject").claim("roles", List.of("PLATFORM_ADMIN")).build());
    }

    @Test
    void theDevIssuerAndGraphiqlDoNotExist() {
        assertThat(api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/oauth2/token"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))).status())
                .isEqualTo(401);
        assertThat(api.get("/graphiql", Map.of()).status()).isEqualTo(404);
        assertThat(api.get("/dev/personas", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void introspectionIsOffButQueriesWork() {
        var introspection = api.postWithToken("admin-token", "{\"query\":\"{ __schema { types { name } } }\"}");
        assertThat(introspection.<Object>find("$.data.__schema")).isNull();
        assertThat(introspection.errorMessage()).isNotNull();

        var query = api.postWithToken("admin-token", "{\"query\":\"{ viewer { roles } schools(first: 5) { edges { node { id } } } }\"}");
        assertThat(query.<List<String>>read("$.data.viewer.roles")).containsExactly("PLATFORM_ADMIN");
        assertThat(query.<List<Object>>read("$.data.schools.edges")).as("no demo data outside dev").isEmpty();
    }

    @Test
    void metricsAreOnlyOnTheManagementPortWhileProbesAnswerOnBoth() {
        assertThat(managementPort).isNotEqualTo(port);
        assertThat(api.get("/actuator/prometheus", Map.of()).status()).as("not on the public port").isNotEqualTo(200);
        assertThat(api.get("/actuator/prometheus", Map.of("Authorization", "Bearer admin-token")).status()).isEqualTo(404);
        assertThat(api.get("/readyz", Map.of()).body()).contains("\"UP\"");
        assertThat(api.get("/livez", Map.of()).body()).contains("\"UP\"");

        var management = new GraphQlHttp(managementPort);
        assertThat(management.get("/actuator/prometheus", Map.of()).body()).contains("jvm_memory_used_bytes");
        assertThat(management.get("/actuator/health/readiness", Map.of()).body()).contains("\"UP\"");
    }
}
