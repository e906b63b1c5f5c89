package fr.passerelle.api;

import static fr.passerelle.api.Fixtures.eventually;
import static fr.passerelle.api.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.marketing.model.MarketingDelivery;
import fr.passerelle.marketing.port.out.MarketingDeliveries;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The consent ledger over HTTP: a person grants and withdraws, staff record on a learner's behalf, a newsletter
 * reaches only who agrees when it leaves (and records who it skipped) while service mail goes on, and the one-click
 * unsubscribe link works without signing in and refuses a forged token.
 */
class ConsentAndMarketingTest extends ApiTest {

    private static final String CONSENTS = "{ viewer { consents { purpose granted decidedAt wordingVersion source } } }";
    private static final String GRANT = """
            mutation($input: ConsentDecisionInput!) { consentGrant(input: $input) {
              userErrors { field code } consent { purpose granted wordingVersion source } } }""";
    private static final String WITHDRAW = """
            mutation($input: ConsentDecisionInput!) { consentWithdraw(input: $input) {
              userErrors { field code } consent { purpose granted wordingVersion source } } }""";
    private static final String RECORD = """
            mutation($learnerId: ID!, $input: ConsentRecordInput!) { consentRecord(learnerId: $learnerId, input: $input) {
              userErrors { field code } consent { purpose granted source } } }""";
    private static final String NEWSLETTER = """
            mutation($input: NewsletterSendInput!) { newsletterSend(input: $input) { userErrors { field code } newsletterId } }""";
    private static final Map<String, Object> MARKETING = Map.of("purpose", "MARKETING_EMAIL",
            "wordingVersion", "marketing-2026-01");
    private static final String LEA = globalId("Learner", "demo-learner-lea");
    private static final Pattern LINK = Pattern.compile("<(https?://[^>]*/unsubscribe/([^>]+))>");

    @Autowired
    private MarketingDeliveries deliveries;

    @Test
    void aPersonGrantsAndWithdrawsTheirOwnConsent() {
        var person = people.newcomer();
        assertThat(api.queryWithToken(person.token(), CONSENTS, Map.of()).<List<Boolean>>read(
                "$.data.viewer.consents[*].granted")).hasSize(5).containsOnly(false);

        var granted = api.queryWithToken(person.token(), GRANT, Map.of("input", MARKETING));
        assertThat(granted.<Boolean>read("$.data.consentGrant.consent.granted")).as(granted.toString()).isTrue();
        assertThat(granted.<String>read("$.data.consentGrant.consent.source")).isEqualTo("SELF_SERVICE");
        var withdrawn = api.queryWithToken(person.token(), WITHDRAW, Map.of("input", MARKETING));
        assertThat(withdrawn.<Boolean>read("$.data.consentWithdraw.consent.granted")).isFalse();

        var read = api.queryWithToken(person.token(), CONSENTS, Map.of());
        assertThat(read.<List<Map<String, Object>>>read("$.data.viewer.consents[?(@.purpose == 'MARKETING_EMAIL')]"))
                .singleElement().satisfies(consent -> {
                    assertThat(consent).containsEntry("granted", false).containsEntry("source", "SELF_SERVICE");
                    assertThat(consent.get("decidedAt")).isNotNull();
                });

        var bad = api.queryWithToken(person.token(), GRANT, Map.of("input",
                Map.of("purpose", "SMS", "wordingVersion", "v1 <script>")));
        assertThat(bad.<List<String>>read("$.data.consentGrant.userErrors[0].field"))
                .containsExactly("input", "wordingVersion");
        assertThat(bad.<String>read("$.data.consentGrant.userErrors[0].code")).isEqualTo("INVALID");
    }

    @Test
    void staffRecordOnBehalfOfTheirOwnLearnersOnlyAndOnlyWithAWitnessedSource() {
        Map<String, Object> paperForm = Map.of("purpose", "PROFILING", "decision", "GRANTED", "source", "PAPER_FORM",
                "wordingVersion", "profiling-2026-01");

        var recorded = given.succeed("school-admin-b", RECORD, Map.of("learnerId", LEA, "input", paperForm));
        assertThat(recorded.<String>read("$.data.consentRecord.consent.source")).isEqualTo("PAPER_FORM");
        assertThat(api.query("learner", CONSENTS).<List<Map<String, Object>>>read(
                "$.data.viewer.consents[?(@.purpose == 'PROFILING')]")).singleElement()
                .satisfies(consent -> assertThat(consent).containsEntry("granted", true));

        var selfService = api.query("school-admin-b", RECORD, Map.of("learnerId", LEA, "input",
                Map.of("purpose", "PROFILING", "decision", "WITHDRAWN", "source", "SELF_SERVICE",
                        "wordingVersion", "profiling-2026-01")));
        assertThat(selfService.<List<String>>read("$.data.consentRecord.userErrors[0].field"))
                .containsExactly("input", "source");

        // Another school's staff and a company see no such learner, exactly as for a missing one.
        for (String outsider : List.of("school-admin-a", "recruiter-x")) {
            var refused = api.query(outsider, RECORD, Map.of("learnerId", LEA, "input", paperForm));
            assertThat(refused.errorClassification()).as(outsider + ": " + refused).isEqualTo("NOT_FOUND");
        }
        var missing = api.query("school-admin-b", RECORD, Map.of("learnerId", globalId("Learner", "nobody"),
                "input", paperForm));
        assertThat(missing.errorClassification()).as(missing.toString()).isEqualTo("NOT_FOUND");
    }

    @Test
    void aNewsletterSkipsWhoWithdrewWhileServiceMailStillReachesThem() {
        var withdrew = people.newcomer();
        var agrees = people.newcomer();
        api.queryWithToken(withdrew.token(), GRANT, Map.of("input", MARKETING));
        api.queryWithToken(withdrew.token(), WITHDRAW, Map.of("input", MARKETING));
        api.queryWithToken(agrees.token(), GRANT, Map.of("input", MARKETING));

        String title = unique("Lettre Passerelle");
        var sent = given.succeed("platform-admin", NEWSLETTER, Map.of("input",
                Map.of("title", title, "body", "Les nouveautés du mois.")));
        String newsletter = sent.read("$.data.newsletterSend.newsletterId");

        assertThat(awaitOutcome(newsletter, withdrew.subject())).isEqualTo(MarketingDelivery.Outcome.SUPPRESSED_NO_CONSENT);
        assertThat(awaitOutcome(newsletter, agrees.subject())).isEqualTo(MarketingDelivery.Outcome.SENT);
        Map<String, Object> mail = eventually(() -> given.mailbox(agrees.email()), mails -> !mails.isEmpty()).get(0);
        assertThat(mail.get("subject")).isEqualTo(title);
        assertThat((String) mail.get("listUnsubscribe")).matches(".*<https?://[^>]+/unsubscribe/[A-Za-z0-9_-]+>.*");
        assertThat(mail.get("listUnsubscribePost")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(given.mailbox(withdrew.email())).as("no newsletter").isEmpty();

        // Service mail is another stream: an invitation reaches the person who withdrew marketing consent.
        String school = unique("École Service");
        given.inviteToSchool("platform-admin", given.newSchool(school), withdrew.email(), "SCHOOL_STAFF");
        var serviceMails = eventually(() -> given.mailbox(withdrew.email()), mails -> !mails.isEmpty());
        assertThat(serviceMails).singleElement().satisfies(invitation -> {
            assertThat((String) invitation.get("subject")).contains(school);
            assertThat(invitation.get("listUnsubscribe")).isNull();
        });
    }

    @Test
    void theOneClickLinkUnsubscribesByPostWithoutSigningInAndRefusesAForgedToken() {
        var person = people.newcomer();
        api.queryWithToken(person.token(), GRANT, Map.of("input", MARKETING));
        var sent = given.succeed("platform-admin", NEWSLETTER, Map.of("input",
                Map.of("title", unique("Lettre"), "body", "Bonjour.")));
        assertThat(awaitOutcome(sent.read("$.data.newsletterSend.newsletterId"), person.subject()))
                .isEqualTo(MarketingDelivery.Outcome.SENT);
        String header = (String) eventually(() -> given.mailbox(person.email()), mails -> !mails.isEmpty())
                .get(0).get("listUnsubscribe");
        Matcher link = LINK.matcher(header);
        assertThat(link.find()).as(header).isTrue();
        String path = "/unsubscribe/" + link.group(2);

        var page = api.get(path, Map.of("Accept", "text/html"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"post\">");
        assertThat(granted(person)).as("a GET (a link scanner) unsubscribes nobody").isTrue();

        var forged = oneClick(path.substring(0, path.length() - 2) + (path.endsWith("A") ? "BA" : "AA"));
        assertThat(forged.status()).isEqualTo(404);
        assertThat(oneClick("/unsubscribe/not-a-token").status()).isEqualTo(404);
        assertThat(granted(person)).isTrue();

        var done = oneClick(path);
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(granted(person)).isFalse();
        assertThat(api.queryWithToken(person.token(), CONSENTS, Map.of()).<List<String>>read(
                "$.data.viewer.consents[?(@.purpose == 'MARKETING_EMAIL')].source"))
                .containsExactly("ONE_CLICK_UNSUBSCRIBE");
        assertThat(oneClick(path).status()).as("again: harmless").isEqualTo(200);
    }

    /** What a mailbox provider sends (RFC 8058 §3.2): a POST without cookies or authorization. */
    private GraphQlHttp.Reply oneClick(String path) {
        return api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")));
    }

    private boolean granted(Newcomers.Person person) {
        List<Boolean> granted = api.queryWithToken(person.token(), CONSENTS, Map.of())
                .read("$.data.viewer.consents[?(@.purpose == 'MARKETING_EMAIL')].granted");
        return granted.get(0);
    }

    private MarketingDelivery.Outcome awaitOutcome(String newsletter, String subject) {
        return eventually(() -> deliveries.find("newsletter/" + newsletter + "/" + subject), Optional::isPresent)
                .orElseThrow().outcome();
    }
}
