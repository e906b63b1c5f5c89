package fr.passerelle.api;

import static fr.passerelle.api.Fixtures.PATIENCE;
import static fr.passerelle.api.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import fr.passerelle.api.GraphQlWebSocket.Message;
import fr.passerelle.api.Newcomers.Person;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A WebSocket connection lives no longer than its token, and sees what its holder may see now: each query or
 * mutation sent over it is authorised with the memberships of that moment, not those of the connection's start.
 */
class WebSocketTokenLifeTest extends ApiTest {

    private static final int UNAUTHORIZED = 4401;
    private static final String SCHOOL_NAME = "query($id: ID!) { node(id: $id) { ... on School { name } } }";

    @Autowired
    private MongoTemplate mongo;

    @Test
    void theConnectionClosesUnauthorizedWhenItsTokenExpiresAndRunsNothingAfter() {
        // Long enough to connect and be answered on a loaded 2-core CI machine (2 s was not, now and then), short
        // enough that the test does not wait long for the expiry.
        Person shortLived = people.newcomerWhoseTokenExpiresIn(Duration.ofSeconds(5));
        try (var socket = GraphQlWebSocket.connect(port, shortLived.token())) {
            Message answer = answerTo(socket, socket.subscribe("{ viewer { subject } }"));
            assertThat(answer.<String>read("$.payload.data.viewer.subject")).isEqualTo(shortLived.subject());

            assertThat(socket.closeCode(PATIENCE)).as("closed by the server at expiry").contains(UNAUTHORIZED);
            assertThat(socket.drain()).extracting(Message::type).doesNotContain("next");
        }
    }

    @Test
    void aMembershipRemovedAfterConnectingNoLongerOpensItsSchoolsData() {
        Person person = people.newcomer();
        String school = given.newSchool(unique("École Socket"));
        String invitation = given.inviteToSchool("platform-admin", school, person.email(), "SCHOOL_ADMIN");
        Fixtures.assertSucceeded(api.queryWithToken(person.token(), Fixtures.ACCEPT, Map.of("id", invitation)));

        try (var socket = GraphQlWebSocket.connect(port, person.token())) {
            Message before = answerTo(socket, socket.subscribe(SCHOOL_NAME, Map.of("id", school)));
            assertThat(before.<String>read("$.payload.data.node.name")).startsWith("École Socket");

            mongo.remove(query(where("subject").is(person.subject())), "memberships");

            Message after = answerTo(socket, socket.subscribe(SCHOOL_NAME, Map.of("id", school)));
            assertThat(after.<Object>read("$.payload.data.node")).as(after.toString()).isNull();
        }
    }

    private static Message answerTo(GraphQlWebSocket socket, String operationId) {
        return socket.await(message -> message.type().equals("next") && operationId.equals(message.id()), PATIENCE);
    }
}
