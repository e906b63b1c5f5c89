package fr.passerelle.api;

import static fr.passerelle.api.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every answer is classified, none is a 500: requests the fuzzing found answered with a 500, Tomcat's HTML page, or
 * graphql-java's own classifications get a 4xx (or a classified GraphQL error) with a body a client can read — a
 * GraphQL error on {@code /graphql}, an RFC 9457 problem elsewhere.
 */
class ClassifiedAnswersTest extends ApiTest {

    private static final String VIEWER = "{\"query\":\"{ viewer { subject } }\"}";

    @Test
    void aNullBodyIsABadRequest() {
        for (String body : new String[] {"null", "{}", "{\"query\":null}", "{\"query\""}) {
            var reply = api.postWithToken(api.token("advisor"), body);
            assertThat(reply.status()).as(body).isEqualTo(400);
            assertThat(reply.errorClassification()).as(reply.toString()).isEqualTo("BAD_REQUEST");
            assertThat(reply.errorMessage()).contains("\"query\"");
        }
    }

    @Test
    void aContentTypeNamingNoMediaTypeIsRefused() {
        var graphQl = api.send(request("/graphql").header("Authorization", "Bearer " + api.token("advisor"))
                .header("Content-Type", "*/*").POST(HttpRequest.BodyPublishers.ofString(VIEWER)));
        assertThat(graphQl.status()).isEqualTo(415);
        assertThat(graphQl.errorClassification()).isEqualTo("BAD_REQUEST");
        assertThat(graphQl.errorMessage()).contains("*/*").contains("application/json");

        var rest = api.send(request(RosterUploads.path(SCHOOL_B))
                .header("Authorization", "Bearer " + api.token("school-admin-b"))
                .header("Content-Type", "multipart/*").POST(HttpRequest.BodyPublishers.ofString("x")));
        assertProblem(rest, 415, "unsupported-media-type");
    }

    @Test
    void theErrorPageAskedForDirectlyIsNothing() {
        assertProblem(api.get("/error", Map.of()), 404, "not-found");
        assertProblem(api.getAs("advisor", "/no/such/path"), 404, "not-found");
    }

    @Test
    void aMultipartBodyWithoutBoundaryOrCutShortIsABadRequestOnEveryUploadEndpoint() {
        String token = api.token("school-admin-b");
        String part = "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nabc";
        var noBoundary = api.send(request(RosterUploads.path(SCHOOL_B)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data").POST(HttpRequest.BodyPublishers.ofString(part + "\r\n--x--\r\n")));
        assertProblem(noBoundary, 400, "not-a-file-upload");
        var truncated = api.send(request(RosterUploads.path(SCHOOL_B)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=x").POST(HttpRequest.BodyPublishers.ofString(part)));
        assertProblem(truncated, 400, "not-a-file-upload");
        var paper = api.send(request("/agreements/" + globalId("InternshipAgreement", "any") + "/paper-signatures")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data").POST(HttpRequest.BodyPublishers.ofString("--x\r\n")));
        assertProblem(paper, 400, "not-a-file-upload");
    }

    @Test
    void aSubscriptionOverHttpNamesTheWebSocketTransport() {
        var reply = api.query("advisor", "subscription { notificationReceived { id } }");
        assertThat(reply.errorClassification()).as(reply.toString()).isEqualTo("BAD_REQUEST");
        assertThat(reply.errorMessage()).contains("WebSocket").contains("graphql-transport-ws");
        assertThat(reply.<Object>find("$.data")).isNull();
    }

    @Test
    void documentsThatDoNotMatchTheSchemaAreBadRequestsInWords() {
        var extraField = api.query("advisor", "{ schools(filter: {nope: 1}) { edges { node { id } } } }");
        assertThat(extraField.errorClassification()).isEqualTo("BAD_REQUEST");
        assertThat(extraField.errorMessage()).isEqualTo("Argument 'filter' contains a field not in 'SchoolFilter': 'nope'");

        var wrongEnum = api.query("platform-admin", "mutation { schoolChangeTier(id: \"" + SCHOOL_A
                + "\", input: {tier: GOLD}) { userErrors { message } } }");
        assertThat(wrongEnum.errorClassification()).isEqualTo("BAD_REQUEST");
        assertThat(wrongEnum.errorMessage()).startsWith("Argument 'input.tier' is not a valid 'PartnershipTier'");

        var unknownField = api.query("advisor", "{ nope }");
        assertThat(unknownField.errorClassification()).isEqualTo("BAD_REQUEST");
        assertThat(unknownField.errorMessage()).isEqualTo("Field 'nope' in type 'Query' is undefined");

        var syntax = api.query("advisor", "{ schools( ");
        assertThat(syntax.errorClassification()).isEqualTo("BAD_REQUEST");
        assertThat(syntax.errorMessage()).contains("line 1");

        var variables = api.query("advisor", "query($f: SchoolFilter) { schools(filter: $f) { edges { node { id } } } }",
                Map.of("f", Map.of("nope", 1)));
        assertThat(variables.errorClassification()).isEqualTo("BAD_REQUEST");

        for (var reply : new GraphQlHttp.Reply[] {extraField, wrongEnum, unknownField, syntax, variables}) {
            assertThat(reply.body()).doesNotContain("Value{").doesNotContain("Validation error (")
                    .doesNotContain("ValidationError").doesNotContain("InvalidSyntax");
        }
    }

    @Test
    void onlyTheCanonicalSpellingOfAGlobalIdResolves() {
        String node = "query($id: ID!) { node(id: $id) { id } }";
        assertThat(api.query("advisor", node, Map.of("id", SCHOOL_A)).<String>read("$.data.node.id")).isEqualTo(SCHOOL_A);
        byte[] key = "School:demo-school-louis-lumiere".getBytes(StandardCharsets.UTF_8);
        for (String variant : new String[] {
                SCHOOL_A + "=",                                      // padded
                Base64.getEncoder().encodeToString(key),             // the standard alphabet, padded
                " " + SCHOOL_A, SCHOOL_A + "\n",                     // whitespace
                SCHOOL_A.substring(0, SCHOOL_A.length() - 1) + "V"}) { // other spare bits in the last character
            var reply = api.query("advisor", node, Map.of("id", variant));
            assertThat(reply.<Object>find("$.data.node")).as(variant).isNull();
        }
    }

    @Test
    void notFoundMessagesEchoTheIdSentNeverTheInternalKey() {
        String mutation = "mutation($id: ID!) { schoolChangeTier(id: $id, input: {tier: DISCOVERY}) { userErrors { message } } }";
        String missing = globalId("School", "no-such-school-for-h3");
        for (String sent : new String[] {missing, SCHOOL_A + "=", COMPANY_X}) {
            var reply = api.query("platform-admin", mutation, Map.of("id", sent));
            assertThat(reply.errorClassification()).as(reply.toString()).isEqualTo("NOT_FOUND");
            assertThat(reply.errorMessage()).contains("« " + sent + " »")
                    .doesNotContain("no-such-school-for-h3").doesNotContain("demo-").doesNotContain("School ");
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }
}
