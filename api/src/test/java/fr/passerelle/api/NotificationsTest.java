package fr.passerelle.api;

import static fr.passerelle.api.Fixtures.eventually;
import static fr.passerelle.api.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.api.Newcomers.Person;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In-app notifications over HTTP: the recipient lists, counts and marks read their own; to everyone else another
 * person's notification does not exist. Each test's recipient is a newcomer who registers a company and is told of
 * its vetting, so no other test's notifications land in the inbox being counted.
 */
class NotificationsTest extends ApiTest {

    private static final String INBOX = """
            query($first: Int, $after: String, $last: Int, $before: String, $unreadOnly: Boolean) { viewer {
              unreadNotificationCount
              notifications(first: $first, after: $after, last: $last, before: $before, unreadOnly: $unreadOnly) {
                edges { cursor node { id kind title body targetId createdAt readAt } }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }""";
    private static final String MARK_READ = """
            mutation($id: ID!) { notificationMarkRead(id: $id) { userErrors { code } notification { id readAt } } }""";
    private static final String MARK_ALL_READ = "mutation { notificationMarkAllRead { userErrors { code } markedCount } }";

    /** A newcomer who registered a company (so its vetting is news to them), and that company. */
    private record Recipient(Person person, String company, String companyName) {
    }

    @Test
    void theRecipientSeesTheirNotificationsNewestFirstInFrench() {
        Recipient recipient = recruiterOfANewCompany();
        verify(recipient, 1);
        reject(recipient, 2);

        var inbox = inbox(recipient, Map.of("first", 10));
        assertThat(inbox.<List<String>>read("$.data.viewer.notifications.edges[*].node.kind"))
                .containsExactly("COMPANY_REJECTED", "COMPANY_VERIFIED");
        assertThat(inbox.<List<String>>read("$.data.viewer.notifications.edges[*].node.title"))
                .containsExactly("Vérification de votre entreprise refusée", "Votre entreprise est vérifiée");
        assertThat(inbox.<List<String>>read("$.data.viewer.notifications.edges[*].node.body"))
                .allSatisfy(body -> assertThat(body).contains(recipient.companyName()));
        assertThat(inbox.<List<String>>read("$.data.viewer.notifications.edges[*].node.targetId")).containsOnly(recipient.company());
        assertThat(inbox.<List<Object>>read("$.data.viewer.notifications.edges[*].node.readAt")).containsOnlyNulls();
        assertThat(inbox.<Integer>read("$.data.viewer.unreadNotificationCount")).isEqualTo(2);

        List<String> ids = inbox.read("$.data.viewer.notifications.edges[*].node.id");
        for (String other : List.of("platform-admin", "advisor", "recruiter-x", "learner")) {
            assertThat(api.query(other, INBOX, Map.of("first", 100)).<List<String>>read("$.data.viewer.notifications.edges[*].node.id"))
                    .as(other).doesNotContainAnyElementsOf(ids);
        }
    }

    @Test
    void someoneElsesNotificationLooksExactlyLikeAMissingOne() {
        Recipient recipient = recruiterOfANewCompany();
        verify(recipient, 1);
        String theirs = notificationIds(recipient).get(0);
        String missing = globalId("Notification", UUID.randomUUID().toString());

        for (String other : List.of("platform-admin", "advisor", "recruiter-x", "learner")) {
            assertThat(api.query(other, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", theirs)).<Object>read("$.data.node"))
                    .as(other + " reads it").isNull();
            var hidden = api.query(other, MARK_READ, Map.of("id", theirs));
            var absent = api.query(other, MARK_READ, Map.of("id", missing));
            assertThat(hidden.errorClassification()).as(other + " marks it read").isEqualTo("NOT_FOUND")
                    .isEqualTo(absent.errorClassification());
            assertThat(hidden.errorMessage().replace(theirs, "ID")).doesNotContain(Fixtures.localIdOf(theirs))
                    .isEqualTo(absent.errorMessage().replace(missing, "ID"));
            assertThat(hidden.<Object>find("$.data.notificationMarkRead")).isNull();
        }
        assertThat(api.query("learner", "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", Map.of("ids", List.of(theirs)))
                .<List<Object>>read("$.data.nodes")).containsExactly((Object) null);

        var own = query(recipient.person(), "query($id: ID!) { node(id: $id) { ... on Notification { id readAt } } }", Map.of("id", theirs));
        assertThat(own.<String>read("$.data.node.id")).isEqualTo(theirs);
        assertThat(own.<Object>read("$.data.node.readAt")).as("still unread: nobody else could mark it").isNull();
    }

    @Test
    void markingOneReadThenAllRead() {
        Recipient recipient = recruiterOfANewCompany();
        verify(recipient, 1);
        reject(recipient, 2);
        verify(recipient, 3);
        List<String> ids = notificationIds(recipient);

        var marked = query(recipient.person(), MARK_READ, Map.of("id", ids.get(1)));
        assertThat(marked.<List<Object>>read("$.data.notificationMarkRead.userErrors")).isEmpty();
        String readAt = marked.read("$.data.notificationMarkRead.notification.readAt");
        assertThat(readAt).isNotNull();
        assertThat(query(recipient.person(), MARK_READ, Map.of("id", ids.get(1))).<String>read("$.data.notificationMarkRead.notification.readAt"))
                .as("marking again is harmless").isEqualTo(readAt);

        var afterOne = inbox(recipient, Map.of("first", 10));
        assertThat(afterOne.<Integer>read("$.data.viewer.unreadNotificationCount")).isEqualTo(2);
        assertThat(inbox(recipient, Map.of("first", 10, "unreadOnly", true))
                .<List<String>>read("$.data.viewer.notifications.edges[*].node.id")).containsExactly(ids.get(0), ids.get(2));

        var all = query(recipient.person(), MARK_ALL_READ, Map.of());
        assertThat(all.<Integer>read("$.data.notificationMarkAllRead.markedCount")).isEqualTo(2);
        var afterAll = inbox(recipient, Map.of("first", 10));
        assertThat(afterAll.<Integer>read("$.data.viewer.unreadNotificationCount")).isZero();
        assertThat(afterAll.<List<Object>>read("$.data.viewer.notifications.edges[*].node.readAt")).hasSize(3).doesNotContainNull();
        assertThat(afterAll.<String>read("$.data.viewer.notifications.edges[1].node.readAt")).as("kept its first reading").isEqualTo(readAt);
        assertThat(inbox(recipient, Map.of("first", 10, "unreadOnly", true)).<List<Object>>read("$.data.viewer.notifications.edges")).isEmpty();
        assertThat(query(recipient.person(), MARK_ALL_READ, Map.of()).<Integer>read("$.data.notificationMarkAllRead.markedCount")).isZero();
    }

    @Test
    void notificationsPageForwardAndBackwardWithCursors() {
        Recipient recipient = recruiterOfANewCompany();
        for (int i = 1; i <= 5; i++) {
            if (i % 2 == 1) {
                verify(recipient, i);
            } else {
                reject(recipient, i);
            }
        }
        List<String> all = notificationIds(recipient);
        assertThat(all).hasSize(5).doesNotHaveDuplicates();

        List<String> walked = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            var variables = new HashMap<String, Object>(Map.of("first", 2));
            if (after != null) {
                variables.put("after", after);
            }
            var page = inbox(recipient, variables);
            assertThat(page.<Boolean>read("$.data.viewer.notifications.pageInfo.hasPreviousPage")).isEqualTo(after != null);
            walked.addAll(page.read("$.data.viewer.notifications.edges[*].node.id"));
            cursors.addAll(page.read("$.data.viewer.notifications.edges[*].cursor"));
            more = page.read("$.data.viewer.notifications.pageInfo.hasNextPage");
            after = page.read("$.data.viewer.notifications.pageInfo.endCursor");
        }
        assertThat(walked).isEqualTo(all);

        var backward = inbox(recipient, Map.of("last", 2, "before", cursors.get(3)));
        assertThat(backward.<List<String>>read("$.data.viewer.notifications.edges[*].node.id")).isEqualTo(all.subList(1, 3));
        assertThat(backward.<Boolean>read("$.data.viewer.notifications.pageInfo.hasPreviousPage")).isTrue();
        assertThat(backward.<Boolean>read("$.data.viewer.notifications.pageInfo.hasNextPage")).isTrue();

        var unreadPage = inbox(recipient, Map.of("first", 2, "unreadOnly", true));
        assertThat(unreadPage.<List<String>>read("$.data.viewer.notifications.edges[*].node.id")).isEqualTo(all.subList(0, 2));
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private Recipient recruiterOfANewCompany() {
        Person person = people.newcomer();
        String name = unique("Notifiée SAS");
        var registered = Fixtures.assertSucceeded(api.queryWithToken(person.token(), """
                mutation($name: String!, $siret: String!) { companyRegister(input: {legalName: $name, siret: $siret, kind: VENUE}) {
                  userErrors { code } company { id } } }""", Map.of("name", name, "siret", Fixtures.validSiret())));
        return new Recipient(person, registered.read("$.data.companyRegister.company.id"), name);
    }

    /** An advisor verifies the company; waits until the recipient has this many notifications. */
    private void verify(Recipient recipient, int expectedCount) {
        given.succeed("advisor", """
                mutation($id: ID!, $v: Int!, $note: String) { companyVerify(id: $id, expectedVersion: $v, note: $note) { userErrors { code } } }""",
                Map.of("id", recipient.company(), "v", given.versionOf(recipient.company()), "note", "Vérifiée " + UUID.randomUUID()));
        awaitNotifications(recipient, expectedCount);
    }

    /** An advisor rejects the company; waits until the recipient has this many notifications. */
    private void reject(Recipient recipient, int expectedCount) {
        given.succeed("advisor", """
                mutation($id: ID!, $v: Int!, $reason: String!) { companyReject(id: $id, expectedVersion: $v, reason: $reason) { userErrors { code } } }""",
                Map.of("id", recipient.company(), "v", given.versionOf(recipient.company()), "reason", "Refusée " + UUID.randomUUID()));
        awaitNotifications(recipient, expectedCount);
    }

    private void awaitNotifications(Recipient recipient, int count) {
        eventually(() -> notificationIds(recipient), ids -> ids.size() >= count);
        assertThat(notificationIds(recipient)).as("one notification per decision").hasSize(count);
    }

    private List<String> notificationIds(Recipient recipient) {
        return inbox(recipient, Map.of("first", 100)).read("$.data.viewer.notifications.edges[*].node.id");
    }

    private GraphQlHttp.Reply inbox(Recipient recipient, Map<String, Object> variables) {
        var reply = query(recipient.person(), INBOX, variables);
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        return reply;
    }

    private GraphQlHttp.Reply query(Person person, String document, Map<String, Object> variables) {
        return api.queryWithToken(person.token(), document, variables);
    }
}
