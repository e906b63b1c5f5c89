package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doReturn;

import fr.passerelle.PasserelleApplication;
import fr.passerelle.api.security.ForeignTokens;
import graphql.introspection.Introspection;
import graphql.introspection.IntrospectionQuery;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Outside dev mode: no token issuer, no GraphiQL, no introspection, no demo data. No identity provider runs here: its
 * keys are configured on a closed loopback port, so the real decoder cannot check any token, and a spy answers for
 * {@code admin-token} alone; everything else is the production configuration.
 */
@SpringBootTest(classes = PasserelleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"passerelle.mongodb.in-memory=true", "passerelle.security.issuer-uri=https://idp.example/realms/x"})
class ProductionModeTest {

    @MockitoSpyBean
    private JwtDecoder jwtDecoder;

    /**
     * Spring Boot turns introspection off for the whole JVM ({@code Introspection.enabledJvmWide(false)}) when a
     * context starts with it disabled. One JVM runs every test class: the dev-mode tests after this one need it back
     * (GraphiQL, codegen, the introspection exemption from the limits).
     */
    @AfterAll
    static void giveIntrospectionBackToTheDevModeTests() {
        Introspection.enabledJvmWide(true);
    }

    @DynamicPropertySource
    static void unreachableKeys(DynamicPropertyRegistry properties) throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        properties.add("passerelle.security.jwk-set-uri", () -> "http://127.0.0.1:" + closedPort + "/jwks");
    }

    @LocalServerPort
    private int port;

    @LocalManagementPort
    private int managementPort;

    private GraphQlHttp api;

    @BeforeEach
    void setUp() {
        api = new GraphQlHttp(port);
        doReturn(Jwt.withTokenValue("admin-token").header("alg", "RS256")
                .subject("admin-subject").claim("roles", List.of("PLATFORM_ADMIN")).build())
                .when(jwtDecoder).decode("admin-token");
    }

    @Test
    void whileTheIssuersKeysAreUnreachableTokensAreAnsweredUnavailableNotRefused() {
        String token = ForeignTokens.signedByAnUnknownKey("https://idp.example/realms/x");
        var graphQl = api.postWithToken(token, "{\"query\":\"{ viewer { subject } }\"}");
        assertThat(graphQl.status()).as(graphQl.toString()).isEqualTo(503);
        assertThat(graphQl.errorClassification()).isEqualTo("UNAVAILABLE");
        assertThat(graphQl.headers().get("retry-after")).containsExactly("10");

        var rest = api.get("/schools/any/students/import", Map.of("Authorization", "Bearer " + token));
        Problems.assertProblem(rest, 503, "unavailable");
        assertThat(rest.headers().get("retry-after")).containsExactly("10");

        assertThat(api.postWithToken("not-a-jwt", "{\"query\":\"{ viewer { subject } }\"}").status())
                .as("a token that cannot be one is still refused").isEqualTo(401);
    }

    @Test
    void theDevIssuerAndGraphiqlDoNotExist() {
        assertThat(api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/oauth2/token"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))).status())
                .isEqualTo(401);
        assertThat(api.get("/graphiql", Map.of()).status()).isEqualTo(404);
        assertThat(api.get("/dev/personas", Map.of()).status()).isEqualTo(404);
        assertThat(api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/dev/tokens"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"email\": \"anyone@example.test\"}")))
                .status()).as("no token for anyone outside dev").isIn(401, 404);
    }

    @Test
    void introspectionIsOffButQueriesWork() {
        var introspection = api.postWithToken("admin-token", "{\"query\":\"{ __schema { types { name } } }\"}");
        assertThat(introspection.<Object>find("$.data.__schema")).isNull();
        assertThat(introspection.errorMessage()).isNotNull();
        var graphiqlsQuery = api.queryWithToken("admin-token", IntrospectionQuery.INTROSPECTION_QUERY, Map.of());
        assertThat(graphiqlsQuery.<Object>find("$.data.__schema")).as("the dev exemption from the limits does not apply")
                .isNull();
        assertThat(graphiqlsQuery.errorClassification()).isEqualTo("BAD_REQUEST");

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
