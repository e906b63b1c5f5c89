package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What happens when people act on one agreement at the very same moment, each from a thread of their own with their
 * own token, over real HTTP: the signatories of one step sign together and both signatures are kept; sending for
 * signature again and again makes one version; a tutor who submits their form from two tabs gives one evaluation;
 * issuing an evaluation link many times at once issues and mails one.
 * Nobody gets a server error.
 */
class AgreementConcurrencyTest extends AgreementApiTest {

    private static final LocalDate START = next(DayOfWeek.MONDAY).plusWeeks(1);

    @Test
    void theSignatoriesOfOneStepSigningAtOnceAreAllRecorded() throws Exception {
        Internship internship = outForSignature(fullTime(START, START.plusWeeks(4).minusDays(3)));
        String id = internship.id();
        String sha = sha(agreement(id));
        sign(internship.learner().caller(), id, LEARNER_SIGNS, sha, null);

        List<Caller> signers = List.of(internship.named().companySignatory(), internship.named().tutor(),
                internship.learner().caller());
        List<String> signatories = List.of(COMPANY_SIGNATORY_SIGNS, TUTOR_SIGNS, LEARNER_SIGNS);
        var replies = atOnce(3, i -> as(signers.get(i), AGREEMENT_SIGN, signing(id, signatories.get(i), sha, null)));

        assertThat(replies).allSatisfy(reply -> assertThat(result(reply)).as(reply.toString()).isEqualTo(OK));
        var signed = agreement(id);
        assertThat(asList(signingOf(signed).get("signatures"))).extracting(s -> s.get("signatoryId"))
                .containsExactlyInAnyOrder(LEARNER_SIGNS, COMPANY_SIGNATORY_SIGNS, TUTOR_SIGNS);
        assertThat(awaiting(signed)).containsExactly(REFERENT_SIGNS);
    }

    @Test
    void sendingForSignatureSeveralTimesAtOnceMakesOneVersion() throws Exception {
        Internship internship = drafted(fullTime(START, START.plusWeeks(4).minusDays(3)));
        step("school-admin-a", AGREEMENT_SUBMIT, internship.id());

        var replies = atOnce(4, i -> api.query("school-admin-a", AGREEMENT_SEND, Map.of("id", internship.id())));

        assertThat(replies).allSatisfy(reply -> assertThat(result(reply)).as("safe to retry: " + reply).isEqualTo(OK));
        var sent = agreement(internship.id());
        assertThat(signingOf(sent)).containsEntry("documentVersion", 1);
        assertThat(replies).extracting(reply -> reply.<String>read(
                "$.data.internshipAgreementSendForSignature.agreement.signing.documentSha256"))
                .containsOnly(sha(sent));
        assertPdf(internship.learner().caller(), internship.documentPath(), sha(sent));
    }

    @Test
    void aFormSubmittedFromTwoTabsAtOnceGivesOneEvaluation() throws Exception {
        Internship internship = midTermDueSoon(named());
        given.succeed("school-admin-a", OBJECTIVES_SET, Map.of("id", internship.id(), "objectives", List.of("Accueil")));
        String token = given.succeed("school-admin-a", LINK_ISSUE, Map.of("id", internship.id(), "kind", "MID_TERM"))
                .read("$.data.evaluationLinkIssue.link.token");

        var replies = atOnce(2, i -> postJsonWithoutToken("/evaluation-forms/" + token, """
                {"ratings": [{"objectiveId": "1", "level": "%s"}], "comment": "Onglet %d"}"""
                .formatted(i == 0 ? "ACQUIRED" : "MASTERED", i)));

        assertThat(replies).extracting(GraphQlHttp.Reply::status).containsExactlyInAnyOrder(200, 404);
        var evaluation = asList(asMap(agreement(internship.id()).get("followUp")).get("evaluations")).get(0);
        assertThat(evaluation).containsEntry("submitted", true);
        int winner = replies.get(0).status() == 200 ? 0 : 1;
        assertThat(evaluation).as("the answer that got through, whole").containsEntry("comment", "Onglet " + winner);
        assertThat(asList(evaluation.get("ratings"))).singleElement()
                .satisfies(rating -> assertThat(rating).containsEntry("level", winner == 0 ? "ACQUIRED" : "MASTERED"));
    }

    @Test
    void issuingAnEvaluationLinkManyTimesAtOnceIssuesAndMailsOne() throws Exception {
        Internship internship = signed(fullTime(START, START.plusWeeks(4).minusDays(3)), named());
        String id = internship.id();

        var replies = atOnce(12, i -> api.query("school-admin-a", LINK_ISSUE_AGAIN, Map.of("id", id, "kind", "MID_TERM")));

        List<String> tokens = new ArrayList<>();
        for (var reply : replies) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            assertThat(reply.errorClassification()).as(reply.toString()).isNull();
            assertThat(reply.<List<Object>>read("$.data.evaluationLinkIssue.userErrors")).as(reply.toString())
                    .isEmpty();
            Map<String, Object> link = reply.read("$.data.evaluationLinkIssue.link");
            if (link != null) {
                tokens.add((String) link.get("token"));
            } else {
                assertThat(reply.<String>read("$.data.evaluationLinkIssue.alreadyIssued.issuedAt")).isNotNull();
            }
        }
        assertThat(tokens).as("one link issued").hasSize(1);
        assertThat(api.get("/evaluation-forms/" + tokens.get(0), Map.of()).status()).as("and it opens")
                .isEqualTo(200);
        assertThat(Fixtures.eventually(() -> evaluationMails(internship.named().tutor().email()), m -> !m.isEmpty()))
                .as("one mail").hasSize(1);
    }
}
