package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Amendments (avenants) of a signed agreement over HTTP: the host proposes new terms in full, every party reads them
 * with their own PDF, they go round the agreement's circuit (electronically and on paper) and come into force with
 * the last signature; an amendment out for signature can be withdrawn, and then nobody signs it.
 */
class AgreementAmendmentTest extends AgreementApiTest {

    private static final String REASON = "Prolongation de deux semaines à la demande de l'atelier.";

    @Test
    void theHostsAmendmentIsReadByEveryPartySignedThroughTheCircuitAndThenInForce() {
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        LocalDate end = start.plusWeeks(6).minusDays(3);
        LocalDate later = end.plusWeeks(2);
        Internship internship = signed(fullTime(start, end));
        String id = internship.id();

        var proposed = succeed(persona("recruiter-x"), AMENDMENT_PROPOSE, Map.of("id", id, "reason", REASON,
                "terms", fullTime(start, later))).<Map<String, Object>>read(
                "$.data.internshipAgreementAmendmentPropose.agreement");
        assertThat(proposed).containsEntry("status", "SIGNED");
        assertThat(asMap(proposed.get("terms"))).as("the signed terms stay in force meanwhile")
                .containsEntry("end", end.toString());
        var amendment = asList(proposed.get("amendments")).get(0);
        String amendmentId = (String) amendment.get("id");
        assertThat(amendment).containsEntry("number", 1).containsEntry("reason", REASON)
                .containsEntry("status", "OUT_FOR_SIGNATURE")
                .containsEntry("documentUrl", "http://localhost:" + port + "/agreements/" + id + "/amendments/1/document");
        assertThat(asMap(amendment.get("terms"))).containsEntry("end", later.toString());
        var signing = signingOf(amendment);
        assertThat(signing).containsEntry("documentVersion", 1).containsEntry("out", true);
        String sha = (String) signing.get("documentSha256");
        assertThat(sha).matches("[0-9a-f]{64}").isNotEqualTo(sha(proposed));
        assertThat(awaiting(amendment)).containsExactly(LEARNER_SIGNS);

        for (Caller party : List.of(internship.learner().caller(), persona("school-admin-a"),
                internship.named().companySignatory())) {
            var seen = as(party, AGREEMENT_READ, Map.of("id", id));
            assertThat(seen.<List<String>>read("$.data.node.amendments[*].id")).as(party.name())
                    .containsExactly(amendmentId);
            assertPdf(party, "/agreements/" + id + "/amendments/1/document", sha);
        }
        for (String stranger : List.of("school-admin-b", "recruiter-y")) {
            assertThat(download(persona(stranger), "/agreements/" + id + "/amendments/1/document").status())
                    .as(stranger).isEqualTo(404);
        }
        assertThat(download(internship.learner().caller(), "/agreements/" + id + "/amendments/2/document").status())
                .as("no second amendment").isEqualTo(404);

        sign(internship.learner().caller(), id, LEARNER_SIGNS, sha, amendmentId);
        sign(internship.named().companySignatory(), id, COMPANY_SIGNATORY_SIGNS, sha, amendmentId);
        var onPaper = paperSignature(id, TUTOR_SIGNS, amendmentId, scan());
        assertThat(onPaper.status()).as(onPaper.toString()).isEqualTo(200);
        var beforeLast = asList(agreement(id).get("amendments")).get(0);
        assertThat(beforeLast).containsEntry("status", "OUT_FOR_SIGNATURE");
        assertThat(awaiting(beforeLast)).containsExactly(REFERENT_SIGNS);
        sign(internship.named().referent(), id, REFERENT_SIGNS, sha, amendmentId);
        assertThat(awaiting(asList(agreement(id).get("amendments")).get(0))).containsExactly(SCHOOL_SIGNATORY_SIGNS);

        var inForce = sign(internship.named().schoolSignatory(), id, SCHOOL_SIGNATORY_SIGNS, sha, amendmentId);
        assertThat(asList(inForce.get("amendments")).get(0)).containsEntry("status", "SIGNED");
        assertThat(asMap(inForce.get("terms"))).containsEntry("end", later.toString());
        assertThat(inForce).containsEntry("status", "SIGNED");
        assertThat(asList(signingOf(inForce).get("signatures"))).as("the agreement's own signatures are untouched")
                .hasSize(5).allSatisfy(s -> assertThat(s).containsEntry("documentVersion", 1));
        assertThat(asList(signingOf(asList(inForce.get("amendments")).get(0)).get("signatures")))
                .extracting(s -> s.get("signatoryId"), s -> s.get("method"), s -> s.get("documentSha256"))
                .containsExactly(
                        tuple(LEARNER_SIGNS, "ELECTRONIC", sha),
                        tuple(COMPANY_SIGNATORY_SIGNS, "ELECTRONIC", sha),
                        tuple(TUTOR_SIGNS, "PAPER", sha),
                        tuple(REFERENT_SIGNS, "ELECTRONIC", sha),
                        tuple(SCHOOL_SIGNATORY_SIGNS, "ELECTRONIC", sha));
    }

    @Test
    void aWithdrawnAmendmentTakesNoSignatureAndChangesNothing() {
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        LocalDate end = start.plusWeeks(6).minusDays(3);
        Internship internship = signed(fullTime(start, end));
        String id = internship.id();
        var proposed = succeed(persona("recruiter-x"), AMENDMENT_PROPOSE, Map.of("id", id, "reason", REASON,
                "terms", fullTime(start, end.plusWeeks(2)))).<Map<String, Object>>read(
                "$.data.internshipAgreementAmendmentPropose.agreement");
        var amendment = asList(proposed.get("amendments")).get(0);
        String amendmentId = (String) amendment.get("id");
        String sha = (String) signingOf(amendment).get("documentSha256");
        sign(internship.learner().caller(), id, LEARNER_SIGNS, sha, amendmentId);

        assertThat(result(as(persona("recruiter-y"), AMENDMENT_WITHDRAW, Map.of("id", id, "amendment", amendmentId))))
                .isEqualTo(NOT_FOUND);
        assertThat(result(as(internship.learner().caller(), AMENDMENT_WITHDRAW,
                Map.of("id", id, "amendment", amendmentId)))).as("the intern reads it, the host and school withdraw it")
                .isEqualTo(FORBIDDEN);
        var withdrawn = succeed(persona("school-admin-a"), AMENDMENT_WITHDRAW, Map.of("id", id, "amendment",
                amendmentId)).<Map<String, Object>>read("$.data.internshipAgreementAmendmentWithdraw.agreement");
        assertThat(asList(withdrawn.get("amendments")).get(0)).containsEntry("status", "WITHDRAWN");
        assertThat(asMap(withdrawn.get("terms"))).containsEntry("end", end.toString());

        assertThat(userErrors(as(internship.named().companySignatory(), AGREEMENT_SIGN,
                signing(id, COMPANY_SIGNATORY_SIGNS, sha, amendmentId))))
                .containsExactly(Map.entry(List.of("amendmentId"), "INVALID_STATE"));
        assertPdf(internship.learner().caller(), "/agreements/" + id + "/amendments/1/document", sha);

        var second = succeed(persona("school-admin-a"), AMENDMENT_PROPOSE, Map.of("id", id, "reason", "Une semaine.",
                "terms", fullTime(start, end.plusWeeks(1)))).<Map<String, Object>>read(
                "$.data.internshipAgreementAmendmentPropose.agreement");
        assertThat(asList(second.get("amendments"))).extracting(a -> a.get("number"), a -> a.get("status"))
                .containsExactly(tuple(1, "WITHDRAWN"),
                        tuple(2, "OUT_FOR_SIGNATURE"));
    }

    @Test
    void onlyABindingAgreementIsAmendedAndTheNewTermsFollowTheRules() {
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        LocalDate end = start.plusWeeks(6).minusDays(3);
        Internship draft = drafted(fullTime(start, end));
        assertThat(userErrors(as(persona("recruiter-x"), AMENDMENT_PROPOSE, Map.of("id", draft.id(), "reason", REASON,
                "terms", fullTime(start, end.plusWeeks(2)))))).containsExactly(Map.entry(List.of("status"),
                "INVALID_STATE"));

        Internship signed = signed(fullTime(start, end));
        var withoutGratification = clauses(start, start.plusMonths(4), List.of(fiveDays()));
        var refused = as(persona("recruiter-x"), AMENDMENT_PROPOSE, Map.of("id", signed.id(), "reason", REASON,
                "terms", withoutGratification));
        assertThat(userErrors(refused)).containsExactly(Map.entry(List.of("terms", "gratification"), "LEGAL_RULE"));
        assertThat(result(as(signed.learner().caller(), AMENDMENT_PROPOSE, Map.of("id", signed.id(), "reason", REASON,
                "terms", fullTime(start, end.plusWeeks(1)))))).isEqualTo(FORBIDDEN);
        assertThat(asList(agreement(signed.id()).get("amendments"))).isEmpty();
    }
}
