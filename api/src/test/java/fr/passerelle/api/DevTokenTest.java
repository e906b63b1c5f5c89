package fr.passerelle.api;

import static fr.passerelle.api.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Dev mode hands a token to anyone who asks for an e-mail and platform roles, and refuses malformed asks. */
class DevTokenTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String WHO_AM_I = "{ viewer { subject displayName email roles } }";

    private GraphQlHttp.Reply ask(Map<String, Object> request) {
        return api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dev/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request))));
    }

    @Test
    void aTokenSpeaksForTheEmailAndRolesAsked() {
        GraphQlHttp.Reply issued = ask(Map.of("email", "Nora.Nouvelle@Example.test", "name", "Nora Nouvelle",
                "roles", List.of("LEARNER")));

        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        assertThat(issued.<String>read("$.token_type")).isEqualTo("Bearer");
        assertThat(issued.<Integer>read("$.expires_in")).isEqualTo(3600);
        GraphQlHttp.Reply viewer = api.queryWithToken(issued.read("$.access_token"), WHO_AM_I, Map.of());
        assertThat(viewer.<String>read("$.data.viewer.subject")).isEqualTo(issued.read("$.subject"));
        assertThat(viewer.<String>read("$.data.viewer.displayName")).isEqualTo("Nora Nouvelle");
        assertThat(viewer.<String>read("$.data.viewer.email")).isEqualTo("nora.nouvelle@example.test");
        assertThat(viewer.<List<String>>read("$.data.viewer.roles")).containsExactly("LEARNER");
    }

    @Test
    void theSameEmailIsTheSamePersonWhateverItsCase() {
        String first = ask(Map.of("email", "same.person@example.test")).read("$.subject");
        String again = ask(Map.of("email", "SAME.person@example.test", "roles", List.of("ADVISOR"))).read("$.subject");

        assertThat(again).isEqualTo(first);
        assertThat(ask(Map.of("email", "someone.else@example.test")).<String>read("$.subject")).isNotEqualTo(first);
    }

    @Test
    void withoutRolesThePersonHasNone() {
        GraphQlHttp.Reply issued = ask(Map.of("email", "company.founder@example.test"));

        GraphQlHttp.Reply viewer = api.queryWithToken(issued.read("$.access_token"), WHO_AM_I, Map.of());
        assertThat(viewer.<List<String>>read("$.data.viewer.roles")).isEmpty();
        assertThat(viewer.<String>read("$.data.viewer.displayName")).isEqualTo("company.founder");
    }

    @Test
    void aMalformedAskIsAProblemNamingEachField() {
        GraphQlHttp.Reply refused = ask(Map.of("email", "not-an-address", "roles", List.of("GOD"),
                "name", "two\nlines"));

        assertProblem(refused, 400, "invalid-token-request");
        assertThat(refused.<List<String>>read("$.errors[*].field")).containsExactly("email", "roles", "name");
    }

    @Test
    void anAskWithoutEmailIsRefused() {
        assertProblem(ask(Map.of("roles", List.of("LEARNER"))), 400, "invalid-token-request");
    }
}
