package fr.passerelle.api;

import static fr.passerelle.api.Fixtures.PATIENCE;
import static fr.passerelle.api.Fixtures.eventually;
import static fr.passerelle.api.NoticeTexts.ENGLISH;
import static fr.passerelle.api.NoticeTexts.FRENCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.api.GraphQlWebSocket.Message;
import java.net.URI;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The agreement's client journey as the SPA, the mobile app and an outside signatory's mailbox see it, over HTTP and
 * the WebSocket subscription, with real tokens: school A's staff send an agreement round the default circuit
 * (intern; company signatory and tutor together; school signatory), each signature brings exactly the next step its
 * "your turn to sign" — in the app for account holders (the intern, a company signatory who is a member of the host),
 * in the dev mailbox for the others, with the address of the document to sign — and the last signature tells every
 * party. The intern chose English through the API before it was sent, so reads it all in English, live and stored;
 * the other account holders never chose and read French, and people without an account are mailed in French.
 * Another school and another company hear nothing of it.
 */
class AgreementJourneyTest extends AgreementApiTest {

    private static final String INBOX = """
            { viewer { notifications(first: 100) { edges { node { id kind title body targetId } } } } }""";
    private static final String LIVE = "subscription { notificationReceived { id kind title body targetId } }";
    private static final String TO_SIGN_SUBJECT = NoticeTexts.title(FRENCH, "AGREEMENT_TO_SIGN");
    private static final String SIGNED_SUBJECT = NoticeTexts.title(FRENCH, "AGREEMENT_SIGNED");

    @Test
    void eachSignatureBringsExactlyTheNextStepItsTurnAndTheLastOneTellsEveryParty() {
        Caller companySignatory = newPersonWithoutRole();
        String membership = given.inviteToCompany("recruiter-x", COMPANY_X, companySignatory.email(), "TUTOR");
        Fixtures.assertSucceeded(api.queryWithToken(companySignatory.token(), Fixtures.ACCEPT, Map.of("id", membership)));
        Named named = new Named(companySignatory, newPersonWithoutRole(), newPersonWithoutRole(), newPersonWithoutRole());
        Internship internship = drafted(fullTime(next(DayOfWeek.MONDAY).plusWeeks(2), next(DayOfWeek.MONDAY).plusWeeks(10)),
                named);
        Caller intern = internship.learner().caller();
        given.choosesLanguage(intern.token(), "EN");
        String id = internship.id();
        Who who = new Who(id, intern.token());

        try (var internLive = subscribed(intern.token()); var otherCompanyLive = subscribed(api.token("recruiter-y"))) {
            send(id);

            // The intern also hears of the marketplace steps that led here: wait for the turn to sign.
            Message live = internLive.await(message -> "next".equals(message.type()) && "AGREEMENT_TO_SIGN".equals(
                    message.<String>read("$.payload.data.notificationReceived.kind")), PATIENCE);
            assertThat(live.<String>read("$.payload.data.notificationReceived.kind")).isEqualTo("AGREEMENT_TO_SIGN");
            assertThat(live.<String>read("$.payload.data.notificationReceived.targetId")).isEqualTo(id);
            assertThat(live.<String>read("$.payload.data.notificationReceived.title")).as("live, in English")
                    .isEqualTo(NoticeTexts.title(ENGLISH, "AGREEMENT_TO_SIGN"));
            assertThat(live.<String>read("$.payload.data.notificationReceived.body"))
                    .contains(SCHOOL_A_NAME, COMPANY_X_NAME, internship.documentPath() + "?version=1");
            // The sending tells the intern and nobody else: the first step is theirs alone.
            assertThat(who.toldTheirTurn(named)).isEqualTo(who.turns(1, 0, 0, 0, 0));

            String sha = sha(agreement(id));
            sign(intern, id, LEARNER_SIGNS, sha, null);
            who.awaitSchoolToldOfSignatures(1);
            assertThat(who.toldTheirTurn(named)).as("the company signatory (in the app) and the tutor (by e-mail)")
                    .isEqualTo(who.turns(1, 1, 1, 0, 0));
            var tutorMail = who.toSignMails(named.tutor().email()).get(0);
            String link = Arrays.stream(((String) tutorMail.get("body")).split("\\s+"))
                    .filter(word -> word.startsWith("http")).findFirst().orElseThrow();
            assertThat(link).endsWith(internship.documentPath() + "?version=1");
            assertPdf(named.tutor(), URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery(), sha);

            sign(companySignatory, id, COMPANY_SIGNATORY_SIGNS, sha, null);
            who.awaitSchoolToldOfSignatures(2);
            assertThat(who.toldTheirTurn(named)).as("the step goes on until the tutor signs").isEqualTo(who.turns(1, 1, 1, 0, 0));

            sign(named.tutor(), id, TUTOR_SIGNS, sha, null);
            who.awaitSchoolToldOfSignatures(3);
            assertThat(who.toldTheirTurn(named)).as("the referent, by e-mail").isEqualTo(who.turns(1, 1, 1, 1, 0));

            sign(named.referent(), id, REFERENT_SIGNS, sha, null);
            who.awaitSchoolToldOfSignatures(4);
            assertThat(who.toldTheirTurn(named)).as("the school signatory, by e-mail").isEqualTo(who.turns(1, 1, 1, 1, 1));

            sign(named.schoolSignatory(), id, SCHOOL_SIGNATORY_SIGNS, sha, null);
            eventually(() -> who.inApp(intern.token(), "AGREEMENT_SIGNED"), n -> n == 1);
            eventually(() -> who.inApp(companySignatory.token(), "AGREEMENT_SIGNED"), n -> n == 1);
            eventually(() -> who.inApp(api.token("school-admin-a"), "AGREEMENT_SIGNED"), n -> n == 1);
            eventually(() -> who.inApp(api.token("recruiter-x"), "AGREEMENT_SIGNED"), n -> n == 1);
            eventually(() -> who.mails(named.tutor().email(), SIGNED_SUBJECT), n -> n == 1);
            eventually(() -> who.mails(named.referentEmail(), SIGNED_SUBJECT), n -> n == 1);
            assertThat(who.mails(named.schoolSignatory().email(), SIGNED_SUBJECT)).as("not the last signer").isZero();
            assertThat(who.told(intern.token())).as("the intern, in English: the three signatures after theirs, then all")
                    .containsExactly(in(ENGLISH, "AGREEMENT_SIGNED"), in(ENGLISH, "AGREEMENT_SIGNED_BY_PARTY"),
                            in(ENGLISH, "AGREEMENT_SIGNED_BY_PARTY"), in(ENGLISH, "AGREEMENT_SIGNED_BY_PARTY"),
                            in(ENGLISH, "AGREEMENT_TO_SIGN"));
            assertInFrench(who.told(companySignatory.token()), "the company signatory");
            assertInFrench(who.told(api.token("school-admin-a")), "school A's admin");
            assertInFrench(who.told(api.token("recruiter-x")), "company X's recruiter");

            for (String otherTenant : List.of("school-admin-b", "recruiter-y", "learner")) {
                assertThat(who.inApp(api.token(otherTenant), null)).as(otherTenant).isZero();
            }
            assertThat(otherCompanyLive.drain()).as("nothing of it over company Y's subscription")
                    .noneMatch(message -> message.json().contains(id));
        }
    }

    private static Tuple in(Locale language, String kind) {
        return tuple(kind, NoticeTexts.title(language, kind));
    }

    /** Each (kind, title) is worded as the French bundle words its kind. */
    private static void assertInFrench(List<Tuple> told, String who) {
        assertThat(told).as(who + ", in French").isNotEmpty()
                .allSatisfy(one -> assertThat(one).isEqualTo(in(FRENCH, (String) one.toList().get(0))));
    }

    private GraphQlWebSocket subscribed(String token) {
        var socket = GraphQlWebSocket.connect(port, token);
        socket.subscribe(LIVE);
        return socket;
    }

    /** What the people of one agreement were told of it, read back from their inboxes and mailboxes. */
    private final class Who {

        private final String agreementId;
        private final String internToken;

        Who(String agreementId, String internToken) {
            this.agreementId = agreementId;
            this.internToken = internToken;
        }

        /** The "your turn" counts of the intern, the company signatory, the tutor and the school signatory. */
        List<Integer> toldTheirTurn(Named named) {
            return List.of(inApp(internToken, "AGREEMENT_TO_SIGN"),
                    inApp(named.companySignatory().token(), "AGREEMENT_TO_SIGN"),
                    toSignMails(named.tutor().email()).size(), toSignMails(named.referentEmail()).size(),
                    toSignMails(named.schoolSignatory().email()).size());
        }

        List<Integer> turns(int intern, int companySignatory, int tutor, int referent, int schoolSignatory) {
            return List.of(intern, companySignatory, tutor, referent, schoolSignatory);
        }

        /**
         * Waits until school A's administrator was told of this many signatures: each signature's notices are one
         * delivery, whose "your turn" goes out before its "signed by a party", so the turns it brought are all out.
         */
        void awaitSchoolToldOfSignatures(int signatures) {
            eventually(() -> inApp(api.token("school-admin-a"), "AGREEMENT_SIGNED_BY_PARTY"), n -> n == signatures);
        }

        /** How many of the caller's notifications of this kind (any kind when null) are about the agreement. */
        int inApp(String token, String kind) {
            return (int) aboutTheAgreement(token).filter(n -> kind == null || kind.equals(n.get("kind"))).count();
        }

        /** The kind and title of each of the caller's notifications about the agreement, newest first. */
        List<Tuple> told(String token) {
            return aboutTheAgreement(token).map(n -> tuple(n.get("kind"), n.get("title"))).toList();
        }

        private Stream<Map<String, Object>> aboutTheAgreement(String token) {
            var reply = api.queryWithToken(token, INBOX, Map.of());
            assertThat(reply.errorClassification()).as(reply.toString()).isNull();
            List<Map<String, Object>> nodes = reply.read("$.data.viewer.notifications.edges[*].node");
            return nodes.stream().filter(n -> agreementId.equals(n.get("targetId")));
        }

        List<Map<String, Object>> toSignMails(String email) {
            return given.mailbox(email).stream().filter(mail -> TO_SIGN_SUBJECT.equals(mail.get("subject"))
                    && Objects.toString(mail.get("body")).contains("/agreements/" + agreementId + "/")).toList();
        }

        int mails(String email, String subject) {
            return (int) given.mailbox(email).stream().filter(mail -> subject.equals(mail.get("subject"))).count();
        }
    }
}
