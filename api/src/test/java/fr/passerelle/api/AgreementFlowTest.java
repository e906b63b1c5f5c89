package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An internship agreement's whole life over HTTP with real tokens: an accepted application of a learner of school A
 * with company X becomes school A's draft, passes the legal rules, is validated and sent, its PDF is downloaded with
 * its hash, the intern and the company's signatory sign electronically (the latter known only by the verified e-mail
 * the agreement gives), the tutor's signature is recorded on paper with its scan, the school's signatory signs last,
 * and the follow-up opens. The server's clock is the real one: the internship starts today, so it can start, and
 * cannot be completed before its last day.
 */
class AgreementFlowTest extends AgreementApiTest {

    @Test
    void anAcceptedApplicationBecomesASignedAgreementThatStartsOnItsFirstDay() {
        Applicant learner = learnerOfSchoolA();
        String application = acceptedApplication(learner);
        Named named = named();
        LocalDate start = today();
        LocalDate end = start.plusMonths(3).minusDays(1);
        // Part time, on a rotation: week A Monday to Thursday, week B the same and a Friday morning.
        var weekA = week(DayOfWeek.MONDAY, DAY, DayOfWeek.TUESDAY, DAY, DayOfWeek.WEDNESDAY, DAY, DayOfWeek.THURSDAY,
                DAY);
        var weekB = week(DayOfWeek.MONDAY, DAY, DayOfWeek.TUESDAY, DAY, DayOfWeek.WEDNESDAY, DAY, DayOfWeek.THURSDAY,
                DAY, DayOfWeek.FRIDAY, 300);
        var clauses = with(clauses(start, end, List.of(weekA, weekB)), "gratification", monthly(800));

        var created = given.succeed("school-admin-a", AGREEMENT_CREATE, Map.of("application", application,
                "input", input(named, clauses))).<Map<String, Object>>read("$.data.internshipAgreementCreate.agreement");
        String id = (String) created.get("id");
        assertThat(created).containsEntry("status", "DRAFT").containsEntry("applicationId", application)
                .containsEntry("viewerActsForSchool", true);
        var parties = asMap(created.get("parties"));
        assertThat(asMap(parties.get("learner"))).containsEntry("email", learner.caller().email());
        assertThat(asMap(parties.get("company"))).containsEntry("name", COMPANY_X_NAME);
        assertThat(parties.get("companySiret")).isEqualTo(COMPANY_X_SIRET);
        assertThat(asMap(parties.get("school"))).containsEntry("name", SCHOOL_A_NAME);
        assertThat(asMap(parties.get("companySignatory"))).containsEntry("email", named.companySignatory().email());
        assertThat(asMap(parties.get("tutor"))).containsEntry("name", TUTOR_NAME)
                .containsEntry("email", named.tutor().email()).containsEntry("function", "Chef d'atelier");
        assertThat(parties.get("legalRepresentative")).as("an adult intern").isNull();
        var terms = asMap(created.get("terms"));
        assertThat(terms).containsEntry("start", start.toString()).containsEntry("end", end.toString())
                .containsEntry("gratification", Map.of("amount", Map.of("amount", 80_000, "currency", "EUR"),
                        "basis", "MONTHLY"));
        assertThat(asList(terms.get("weeks"))).extracting(w -> w.get("weeklyMinutes")).containsExactly(4 * DAY,
                4 * DAY + 300);
        assertThat(asList(signingOf(created).get("circuit")))
                .extracting(step -> asList(step.get("signatories")).stream().map(s -> s.get("id")).toList())
                .containsExactly(List.of(LEARNER_SIGNS), List.of(COMPANY_SIGNATORY_SIGNS, TUTOR_SIGNS),
                        List.of(REFERENT_SIGNS), List.of(SCHOOL_SIGNATORY_SIGNS));
        assertThat(signingOf(created)).containsEntry("documentVersion", 0).containsEntry("documentUrl", null);

        assertReadableRules(asMap(created.get("rules")));

        assertThat(step("school-admin-a", AGREEMENT_SUBMIT, id)).containsEntry("status", "UNDER_VALIDATION");
        var sent = step("school-admin-a", AGREEMENT_SEND, id);
        assertThat(sent).containsEntry("status", "OUT_FOR_SIGNATURE");
        assertThat(signingOf(sent)).containsEntry("documentVersion", 1).containsEntry("out", true)
                .containsEntry("documentUrl", "http://localhost:" + port + "/agreements/" + id + "/document");
        String sha = sha(sent);
        assertThat(sha).matches("[0-9a-f]{64}");
        assertThat(awaiting(sent)).containsExactly(LEARNER_SIGNS);

        // The intern reads the very document they sign: its bytes hash to documentSha256, as the headers say.
        assertPdf(learner.caller(), "/agreements/" + id + "/document", sha);
        assertPdf(persona("school-admin-a"), "/agreements/" + id + "/document?version=1", sha);

        var signedByLearner = sign(learner.caller(), id, LEARNER_SIGNS, sha, null);
        assertThat(awaiting(signedByLearner)).containsExactly(COMPANY_SIGNATORY_SIGNS, TUTOR_SIGNS);
        assertThat(asList(signingOf(signedByLearner).get("signatures"))).singleElement().satisfies(signature ->
                assertThat(signature).containsEntry("signatoryId", LEARNER_SIGNS).containsEntry("role", "LEARNER")
                        .containsEntry("method", "ELECTRONIC").containsEntry("documentVersion", 1)
                        .containsEntry("documentSha256", sha).containsEntry("scanUrl", null));

        // The company's signatory holds no membership: the verified e-mail of their token is what the agreement names.
        var asSignatory = as(named.companySignatory(), AGREEMENT_READ, Map.of("id", id));
        assertThat(asSignatory.<List<Boolean>>read("$.data.node.signing.circuit[1].signatories[*].viewerSigns"))
                .containsExactly(true, false);
        assertThat(asSignatory.<Boolean>read("$.data.node.viewerActsForSchool")).isFalse();
        sign(named.companySignatory(), id, COMPANY_SIGNATORY_SIGNS, sha, null);

        byte[] scan = scan();
        var recorded = paperSignature(id, TUTOR_SIGNS, null, scan);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(recorded.<String>read("$.agreementId")).isEqualTo(id);
        assertThat(recorded.<String>read("$.status")).isEqualTo("OUT_FOR_SIGNATURE");
        var onPaper = asList(signingOf(agreement(id)).get("signatures")).stream()
                .filter(s -> TUTOR_SIGNS.equals(s.get("signatoryId"))).findFirst().orElseThrow();
        assertThat(onPaper).containsEntry("method", "PAPER").containsEntry("signedBy", TUTOR_NAME)
                .containsEntry("documentSha256", sha).containsEntry("scanSha256", sha256(scan))
                .containsEntry("scanUrl", "http://localhost:" + port + "/agreements/" + id + "/scans/" + sha256(scan));
        var scanned = download(persona("school-admin-a"), (String) onPaper.get("scanUrl"));
        assertThat(scanned.status()).as(scanned.toString()).isEqualTo(200);
        assertThat(scanned.body()).isEqualTo(scan);
        assertThat(scanned.header("ETag")).isEqualTo("\"" + sha256(scan) + "\"");
        assertThat(download(learner.caller(), (String) onPaper.get("scanUrl")).status()).as("a party reads the scan")
                .isEqualTo(200);

        var beforeTheSchool = sign(named.referent(), id, REFERENT_SIGNS, sha, null);
        assertThat(beforeTheSchool).as("one party left: not signed yet").containsEntry("status", "OUT_FOR_SIGNATURE");
        var signed = sign(named.schoolSignatory(), id, SCHOOL_SIGNATORY_SIGNS, sha, null);
        assertThat(signed).containsEntry("status", "SIGNED");
        assertThat(awaiting(signed)).isEmpty();
        assertThat(asList(signingOf(signed).get("signatures"))).extracting(s -> s.get("signatoryId"))
                .containsExactly(LEARNER_SIGNS, COMPANY_SIGNATORY_SIGNS, TUTOR_SIGNS, REFERENT_SIGNS,
                        SCHOOL_SIGNATORY_SIGNS);
        var followUp = asMap(signed.get("followUp"));
        assertThat(followUp).as("the follow-up opens on signing").isNotNull();
        assertThat(asList(followUp.get("items"))).extracting(i -> i.get("kind"), i -> i.get("dueOn"), i -> i.get("owner"),
                i -> i.get("status")).containsExactly(
                tuple("ADAPTATION_CALL", start.plusDays(6).toString(), "REFERENT", "PLANNED"),
                tuple("VISIT", start.plusDays(13).toString(), "REFERENT", "PLANNED"),
                tuple("MID_TERM_REVIEW", start.plusDays(27).toString(), "REFERENT", "PLANNED"),
                tuple("SKILLS_EVALUATION", start.plusDays(41).toString(), "TUTOR", "PLANNED"),
                tuple("TRIPARTITE_REVIEW", end.toString(), "REFERENT", "PLANNED"));
        LocalDate halfway = start.plusDays(ChronoUnit.DAYS.between(start, end) / 2);
        assertThat(asList(followUp.get("evaluations"))).extracting(e -> e.get("kind"), e -> e.get("dueOn"),
                e -> e.get("submitted"), e -> e.get("link")).containsExactly(
                tuple("MID_TERM", halfway.toString(), false, null),
                tuple("FINAL", end.toString(), false, null));

        // The host starts it on its first day (today); it cannot be completed before its last.
        assertThat(step("recruiter-x", AGREEMENT_START, id)).containsEntry("status", "IN_PROGRESS");
        assertThat(userErrors(api.query("school-admin-a", AGREEMENT_COMPLETE, Map.of("id", id))))
                .containsExactly(Map.entry(List.of("status"), "INVALID_STATE"));
        assertThat(agreement(id)).containsEntry("status", "IN_PROGRESS");
    }

    private static void assertReadableRules(Map<String, Object> rules) {
        assertThat(rules).containsEntry("blocking", false);
        var presence = asMap(rules.get("presence"));
        int minutes = (Integer) presence.get("minutes");
        assertThat(minutes).as("about 13 weeks of 28 to 33 hours").isBetween(11 * 4 * DAY, 14 * 5 * DAY);
        assertThat(presence).containsEntry("days", minutes / DAY).containsEntry("months", minutes / DAY / 22);
        var findings = asList(rules.get("findings"));
        assertThat(findings).extracting(f -> f.get("ruleId")).contains("MAX_DURATION", "GRATIFICATION", "TUTOR_LOAD",
                "HOST_QUOTA", "WAITING_PERIOD");
        assertThat(findings).allSatisfy(finding -> {
            assertThat((String) finding.get("article")).startsWith("Code de l'éducation, art. ");
            assertThat((String) finding.get("message")).isNotBlank();
            assertThat(finding.get("severity")).isNotEqualTo("BLOCKING");
        });
        var maxDuration = findings.stream().filter(f -> "MAX_DURATION".equals(f.get("ruleId"))).findFirst().orElseThrow();
        assertThat((String) maxDuration.get("article")).contains("L124-5");
        assertThat(asList(maxDuration.get("figures")))
                .contains(Map.of("name", "limitMinutes", "value", 924.0 * 60, "unit", "MINUTES"));
        var gratification = findings.stream().filter(f -> "GRATIFICATION".equals(f.get("ruleId"))).findFirst()
                .orElseThrow();
        assertThat((String) gratification.get("article")).contains("L124-6");
        assertThat(asList(gratification.get("figures"))).contains(
                Map.of("name", "presenceMinutes", "value", (double) minutes, "unit", "MINUTES"),
                Map.of("name", "thresholdMinutes", "value", 308.0 * 60, "unit", "MINUTES"));
        assertThat((String) gratification.get("message")).as("over 308 hours").startsWith("Gratification obligatoire");
    }

    @Test
    void returningToDraftKeepsVersionOnesSignaturesAndSendingAgainMakesVersionTwo() {
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(2);
        var clauses = fullTime(start, start.plusWeeks(6).minusDays(3));
        Internship internship = outForSignature(clauses);
        String id = internship.id();
        String first = sha(agreement(id));
        sign(internship.learner().caller(), id, LEARNER_SIGNS, first, null);
        sign(internship.named().companySignatory(), id, COMPANY_SIGNATORY_SIGNS, first, null);

        var draft = step("school-admin-a", AGREEMENT_RETURN_TO_DRAFT, id);
        assertThat(draft).containsEntry("status", "DRAFT");
        assertThat(signingOf(draft)).containsEntry("out", false).containsEntry("documentVersion", 1);
        assertThat(asList(signingOf(draft).get("signatures"))).hasSize(2);
        assertThat(userErrors(as(internship.named().tutor(), AGREEMENT_SIGN,
                signing(id, TUTOR_SIGNS, first, null)))).as("a recalled version takes no more signatures")
                .containsExactly(Map.entry(List.of("status"), "INVALID_STATE"));

        var changed = with(clauses, "activities", "Diagnostic électronique uniquement.");
        given.succeed("school-admin-a", AGREEMENT_UPDATE, Map.of("id", id, "input", input(internship.named(), changed)));
        var resent = send(id);
        assertThat(resent).containsEntry("status", "OUT_FOR_SIGNATURE");
        String second = sha(resent);
        assertThat(signingOf(resent)).containsEntry("documentVersion", 2).containsEntry("out", true);
        assertThat(second).isNotEqualTo(first);
        assertThat(awaiting(resent)).as("version 2 needs its own signatures").containsExactly(LEARNER_SIGNS);
        assertThat(asList(signingOf(resent).get("signatures"))).extracting(s -> s.get("signatoryId"),
                s -> s.get("documentVersion"), s -> s.get("documentSha256")).containsExactly(
                tuple(LEARNER_SIGNS, 1, first),
                tuple(COMPANY_SIGNATORY_SIGNS, 1, first));

        assertThat(userErrors(as(internship.learner().caller(), AGREEMENT_SIGN, signing(id, LEARNER_SIGNS, first,
                null)))).as("the hash of version 1").containsExactly(Map.entry(List.of("documentSha256"),
                "INVALID_STATE"));
        assertPdf(internship.learner().caller(), internship.documentPath(), second);
        assertPdf(internship.learner().caller(), internship.documentPath() + "?version=1", first);
        assertPdf(internship.learner().caller(), internship.documentPath() + "?version=2", second);

        signInTurn(internship, second, null);
        var signed = agreement(id);
        assertThat(signed).containsEntry("status", "SIGNED");
        assertThat(asList(signingOf(signed).get("signatures"))).extracting(s -> s.get("signatoryId"),
                s -> s.get("documentVersion")).containsExactly(
                tuple(LEARNER_SIGNS, 1),
                tuple(COMPANY_SIGNATORY_SIGNS, 1),
                tuple(LEARNER_SIGNS, 2),
                tuple(COMPANY_SIGNATORY_SIGNS, 2),
                tuple(TUTOR_SIGNS, 2),
                tuple(REFERENT_SIGNS, 2),
                tuple(SCHOOL_SIGNATORY_SIGNS, 2));
    }

    @Test
    void aSignedInternshipDoesNotStartBeforeItsFirstDayAndIsCancelledBeforeIt() {
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        Internship internship = signed(fullTime(start, start.plusWeeks(4).minusDays(3)));

        assertThat(userErrors(api.query("recruiter-x", AGREEMENT_START, Map.of("id", internship.id()))))
                .containsExactly(Map.entry(List.of("status"), "INVALID_STATE"));
        assertThat(userErrors(api.query("school-admin-a", AGREEMENT_COMPLETE, Map.of("id", internship.id()))))
                .containsExactly(Map.entry(List.of("status"), "INVALID_STATE"));
        assertThat(agreement(internship.id())).containsEntry("status", "SIGNED");

        assertThat(step("school-admin-a", AGREEMENT_CANCEL, internship.id())).containsEntry("status", "CANCELLED");
        assertThat(userErrors(api.query("recruiter-x", AGREEMENT_START, Map.of("id", internship.id()))))
                .containsExactly(Map.entry(List.of("status"), "INVALID_STATE"));
    }

    @Test
    void signaturesFollowTheCircuitsOrder() {
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        Internship internship = outForSignature(fullTime(start, start.plusWeeks(4).minusDays(3)));
        String sha = sha(agreement(internship.id()));

        assertThat(userErrors(as(internship.named().schoolSignatory(), AGREEMENT_SIGN,
                signing(internship.id(), SCHOOL_SIGNATORY_SIGNS, sha, null)))).as("the school signs last")
                .containsExactly(Map.entry(List.of("signatoryId"), "INVALID_STATE"));
        assertThat(result(as(internship.named().tutor(), AGREEMENT_SIGN,
                signing(internship.id(), COMPANY_SIGNATORY_SIGNS, sha, null))))
                .as("the tutor reads the agreement but does not sign for the company's signatory").isEqualTo(FORBIDDEN);
        assertThat(result(as(internship.learner().caller(), AGREEMENT_SIGN,
                signing(internship.id(), LEARNER_SIGNS, sha, null)))).isEqualTo(OK);
        assertThat(result(as(internship.learner().caller(), AGREEMENT_SIGN,
                signing(internship.id(), LEARNER_SIGNS, sha, null)))).as("signing again is harmless").isEqualTo(OK);
        assertThat(asList(signingOf(agreement(internship.id())).get("signatures"))).hasSize(1);
    }

    @Test
    void anInterruptedInternshipWithdrawsItsOpenAmendmentAndIsCertifiedUpToTheDayItStopped() throws Exception {
        LocalDate start = today().minusDays(13);
        LocalDate end = start.plusWeeks(8).minusDays(3);
        Internship internship = signed(fullTime(start, end));
        String id = internship.id();
        assertThat(step("school-admin-a", AGREEMENT_START, id)).containsEntry("status", "IN_PROGRESS");
        given.succeed("recruiter-x", AMENDMENT_PROPOSE, Map.of("id", id, "reason", "Une semaine de plus.",
                "terms", fullTime(start, end.plusWeeks(1))));

        String reason = "Fermeture de l'atelier.";
        var interrupted = given.succeed("recruiter-x", AGREEMENT_INTERRUPT, Map.of("id", id, "reason", reason))
                .<Map<String, Object>>read("$.data.internshipAgreementInterrupt.agreement");
        assertThat(interrupted).containsEntry("status", "INTERRUPTED").containsEntry("interruption", reason)
                .as("not stated").containsEntry("interruptionInitiative", null);
        assertThat(asList(interrupted.get("amendments"))).singleElement()
                .satisfies(amendment -> assertThat(amendment).containsEntry("status", "WITHDRAWN"));
        assertThat(asMap(interrupted.get("terms"))).containsEntry("end", end.toString());
        assertThat(userErrors(api.query("school-admin-a", AGREEMENT_COMPLETE, Map.of("id", id))))
                .containsExactly(Map.entry(List.of("status"), "INVALID_STATE"));

        var issued = given.succeed("school-admin-a", ATTESTATION_ISSUE, Map.of("id", id, "paid", euros(350)));
        var attestation = asMap(issued.<Map<String, Object>>read("$.data.internshipAttestationIssue.followUp")
                .get("attestation"));
        int presence = (Integer) attestation.get("presenceMinutes");
        assertThat(presence).as("the two weeks up to today, public holidays aside").isBetween(8 * DAY, 10 * DAY);
        assertThat(attestation).containsEntry("presenceDays", presence / DAY);
        String text = AgreementDocumentsTest.text(assertPdf(internship.learner().caller(),
                (String) attestation.get("documentUrl"), (String) attestation.get("documentSha256")));
        assertThat(text).contains("Attestation de stage", COMPANY_X_NAME, SCHOOL_A_NAME, "Interruption", reason,
                "350,00 €");
    }

    @Test
    void aCircuitTheSchoolChoosesIsSignedInItsOrderByWhoeverItNames() {
        Named named = named();
        Caller referent = named.referent();
        Applicant learner = learnerOfSchoolA();
        String application = acceptedApplication(learner);
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        var input = input(named, fullTime(start, start.plusWeeks(4).minusDays(3)));
        input.put("circuit", List.of(List.of("SCHOOL_SIGNATORY"), List.of("LEARNER", "TUTOR"),
                List.of("COMPANY_SIGNATORY", "REFERENT")));
        String id = create(application, input);
        var sent = send(id);
        String sha = sha(sent);
        assertThat(awaiting(sent)).containsExactly(SCHOOL_SIGNATORY_SIGNS);

        assertThat(userErrors(as(learner.caller(), AGREEMENT_SIGN, signing(id, LEARNER_SIGNS, sha, null))))
                .as("the school signs first here").containsExactly(Map.entry(List.of("signatoryId"), "INVALID_STATE"));
        sign(named.schoolSignatory(), id, SCHOOL_SIGNATORY_SIGNS, sha, null);
        sign(named.tutor(), id, TUTOR_SIGNS, sha, null);
        sign(learner.caller(), id, LEARNER_SIGNS, sha, null);
        sign(referent, id, "referent", sha, null);
        var signed = sign(named.companySignatory(), id, COMPANY_SIGNATORY_SIGNS, sha, null);
        assertThat(signed).containsEntry("status", "SIGNED");
        assertThat(asList(signingOf(signed).get("signatures"))).extracting(s -> s.get("signatoryId"), s -> s.get("role"))
                .containsExactly(tuple(SCHOOL_SIGNATORY_SIGNS, "SCHOOL_SIGNATORY"), tuple(TUTOR_SIGNS, "TUTOR"),
                        tuple(LEARNER_SIGNS, "LEARNER"), tuple("referent", "REFERENT"),
                        tuple(COMPANY_SIGNATORY_SIGNS, "COMPANY_SIGNATORY"));
    }

    @Test
    void aSignatoryDelegatesAndOnlyTheDelegateSignsWhileBothReadTheAgreement() {
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        Internship internship = outForSignature(fullTime(start, start.plusWeeks(4).minusDays(3)));
        String id = internship.id();
        Caller delegate = newPersonWithoutRole();
        Caller signatory = internship.named().companySignatory();

        var delegated = succeed(signatory, AGREEMENT_DELEGATE, Map.of("id", id, "signatory", COMPANY_SIGNATORY_SIGNS,
                "input", Map.of("name", "Denis Morel", "email", delegate.email().toUpperCase(Locale.ROOT),
                        "reason", "Congés"))).<Map<String, Object>>read("$.data.internshipAgreementDelegate.agreement");
        var companyStep = asList(asList(signingOf(delegated).get("circuit")).get(1).get("signatories")).get(0);
        assertThat(companyStep).containsEntry("email", signatory.email()).containsEntry("viewerSigns", false)
                .containsEntry("delegate", Map.of("name", "Denis Morel", "email", delegate.email(), "reason", "Congés"));

        for (Caller reader : List.of(signatory, delegate)) {
            var read = as(reader, """
                    query($id: ID!) { node(id: $id) { id } internshipAgreements(first: 100) { edges { node { id } } } }""",
                    Map.of("id", id));
            assertThat(read.<String>read("$.data.node.id")).as(reader.email()).isEqualTo(id);
            assertThat(ids(read, "$.data.internshipAgreements")).as(reader.email()).containsExactly(id);
        }
        String sha = sha(delegated);
        sign(internship.learner().caller(), id, LEARNER_SIGNS, sha, null);
        assertThat(result(as(signatory, AGREEMENT_SIGN, signing(id, COMPANY_SIGNATORY_SIGNS, sha, null))))
                .as("once delegated, only the delegate signs").isEqualTo(FORBIDDEN);
        var signedByDelegate = sign(delegate, id, COMPANY_SIGNATORY_SIGNS, sha, null);
        assertThat(asList(signingOf(signedByDelegate).get("signatures"))).filteredOn(s -> COMPANY_SIGNATORY_SIGNS
                .equals(s.get("signatoryId"))).singleElement()
                .satisfies(s -> assertThat(s).containsEntry("signedBy", "Denis Morel").containsEntry("method", "ELECTRONIC"));
        assertThat(result(as(internship.named().tutor(), AGREEMENT_DELEGATE, Map.of("id", id, "signatory",
                LEARNER_SIGNS, "input", Map.of("name", "Quelqu'un", "reason", "Pourquoi pas")))))
                .as("nobody delegates another's signature").isEqualTo(FORBIDDEN);
    }

    @Test
    void aDelegationsUserErrorsPointIntoItsInput() {
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        Internship internship = outForSignature(fullTime(start, start.plusWeeks(4).minusDays(3)));

        var refused = as(internship.named().companySignatory(), AGREEMENT_DELEGATE, Map.of("id", internship.id(),
                "signatory", COMPANY_SIGNATORY_SIGNS, "input", Map.of("name", " ", "email", "delegue@example.fr",
                        "reason", " ")));
        assertThat(userErrors(refused)).containsOnlyKeys(List.of("input", "name"), List.of("input", "reason"));

        var malformed = as(internship.named().companySignatory(), AGREEMENT_DELEGATE, Map.of("id", internship.id(),
                "signatory", COMPANY_SIGNATORY_SIGNS, "input", Map.of("name", "Délégué", "email", "pas-une-adresse",
                        "reason", "Absent")));
        assertThat(malformed.errorClassification()).as("an Email, checked by its scalar").isEqualTo("BAD_REQUEST");
        assertThat(malformed.errorMessage()).contains("Email");
    }
}
