package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The tutor's evaluations after signing: school A's staff set the objectives and issue a single-use link, mailed to
 * the tutor, who opens the form and answers without any account or token; the link then answers 404 like an unknown,
 * revoked or replaced one. Then the end of an internship whose last day is today (the server's clock is the real
 * one): the intern's final report, the final evaluation co-signing it, the ECTS credits, completion and the
 * certificate.
 */
class AgreementEvaluationLinkTest extends AgreementApiTest {

    /** Everything a form may show: that evaluation, the internship's names and dates, its objectives. */
    private static final Set<String> FORM_FIELDS = Set.of("kind", "learnerName", "companyName", "schoolName",
            "tutorName", "start", "end", "dueOn", "objectives", "reportSummary", "submitted", "expiresAt");
    private static final List<String> OBJECTIVES = List.of("Diagnostiquer une panne électrique",
            "Réaliser une vidange en autonomie");
    private static final String RATINGS = """
            {"ratings": [{"objectiveId": "1", "level": "ACQUIRED", "comment": "Autonome."},
                         {"objectiveId": "2", "level": "IN_PROGRESS"}],
             "comment": "Stagiaire impliqué.", "cosignReport": %s}""";

    @Test
    void theTutorOpensTheMidTermFormWithoutAnAccountAndAnswersItOnce() {
        Internship internship = signedInternship(named());
        String id = internship.id();
        given.succeed("school-admin-a", OBJECTIVES_SET, Map.of("id", id, "objectives", OBJECTIVES));

        var issued = given.succeed("school-admin-a", LINK_ISSUE, Map.of("id", id, "kind", "MID_TERM"));
        String token = issued.read("$.data.evaluationLinkIssue.link.token");
        assertThat(token).isNotBlank();
        // The server's own address on the (random) port it listens on: no public base URL is configured here.
        String url = "http://localhost:" + port + "/evaluation-forms/" + token;
        assertThat(issued.<String>read("$.data.evaluationLinkIssue.link.url")).isEqualTo(url);
        assertThat(issued.<Boolean>read("$.data.evaluationLinkIssue.link.mailed")).isTrue();
        assertThat(issued.<List<Object>>read("$.data.evaluationLinkIssue.followUp.evaluations[?(@.kind == 'MID_TERM')].link.sentTo"))
                .containsExactly(internship.named().tutor().email());
        assertThat(issued.<Object>read("$.data.evaluationLinkIssue.followUp").toString())
                .as("the token shows in the link only").doesNotContain(token);

        var mails = Fixtures.eventually(() -> evaluationMails(internship.named().tutor().email()), m -> !m.isEmpty());
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat((String) mail.get("subject")).as("the subject names no one")
                    .isEqualTo("Évaluation de mi-parcours d'un stage chez " + COMPANY_X_NAME);
            assertThat((String) mail.get("body")).contains(url).contains(COMPANY_X_NAME);
        });

        var form = openForm(token);
        assertThat(form.status()).as(form.toString()).isEqualTo(200);
        assertThat(form.headers().get("Cache-Control")).containsExactly("no-store");
        assertThat(form.headers().get("Referrer-Policy")).containsExactly("no-referrer");
        Map<String, Object> fields = form.read("$");
        assertThat(fields.keySet()).isSubsetOf(FORM_FIELDS);
        var agreement = agreement(id);
        var terms = asMap(agreement.get("terms"));
        var midTerm = asList(asMap(agreement.get("followUp")).get("evaluations")).get(0);
        assertThat(fields).containsEntry("kind", "MID_TERM").containsEntry("learnerName", learnerName(id))
                .containsEntry("companyName", COMPANY_X_NAME).containsEntry("schoolName", SCHOOL_A_NAME)
                .containsEntry("tutorName", TUTOR_NAME).containsEntry("start", terms.get("start"))
                .containsEntry("end", terms.get("end")).containsEntry("dueOn", midTerm.get("dueOn"))
                .containsEntry("submitted", false)
                .containsEntry("objectives", List.of(Map.of("id", "1", "text", OBJECTIVES.get(0)),
                        Map.of("id", "2", "text", OBJECTIVES.get(1))));
        assertThat(fields.get("reportSummary")).isNull();
        assertThat(form.body()).as("no e-mail, no id of anything else, no other evaluation")
                .doesNotContain("@", id, Fixtures.localIdOf(id), internship.applicationId(),
                        Fixtures.localIdOf(internship.applicationId()), internship.learner().learnerId(),
                        Fixtures.localIdOf(internship.learner().learnerId()), "FINAL", token);

        var answered = postJsonWithoutToken("/evaluation-forms/" + token, RATINGS.formatted(false));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answered.<Boolean>read("$.submitted")).isTrue();
        assertThat(answered.<String>read("$.kind")).isEqualTo("MID_TERM");

        var again = postJsonWithoutToken("/evaluation-forms/" + token, RATINGS.formatted(false));
        assertThat(again.status()).as("the link is used up").isEqualTo(404);
        var reopened = openForm(token);
        assertThat(reopened.status()).isEqualTo(404);
        var unknown = openForm("no-such-token-" + UUID.randomUUID());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(problemWithoutInstance(reopened)).as("a used link and an unknown one look the same")
                .isEqualTo(problemWithoutInstance(unknown)).isEqualTo(problemWithoutInstance(again));

        var evaluations = asList(asMap(agreement(id).get("followUp")).get("evaluations"));
        assertThat(evaluations.get(0)).containsEntry("kind", "MID_TERM").containsEntry("submitted", true)
                .containsEntry("comment", "Stagiaire impliqué.");
        assertThat(asList(evaluations.get(0).get("ratings"))).extracting(r -> r.get("objectiveId"), r -> r.get("level"))
                .containsExactly(tuple("1", "ACQUIRED"),
                        tuple("2", "IN_PROGRESS"));
        assertThat(evaluations.get(1)).as("the final evaluation is untouched").containsEntry("kind", "FINAL")
                .containsEntry("submitted", false).containsEntry("link", null);
    }

    @Test
    void aRevokedLinkAndAReplacedLinkNoLongerOpen() {
        Internship internship = signedInternship(named());
        String id = internship.id();
        given.succeed("school-admin-a", OBJECTIVES_SET, Map.of("id", id, "objectives", OBJECTIVES));

        String revoked = issue(id, "MID_TERM");
        assertThat(openForm(revoked).status()).isEqualTo(200);
        var afterRevoke = given.succeed("recruiter-x", LINK_REVOKE, Map.of("id", id, "kind", "MID_TERM"));
        assertThat(afterRevoke.<String>read("$.data.evaluationLinkRevoke.followUp.evaluations[0].link.revokedAt"))
                .isNotNull();
        assertThat(openForm(revoked).status()).isEqualTo(404);
        assertThat(postJsonWithoutToken("/evaluation-forms/" + revoked, RATINGS.formatted(false)).status())
                .isEqualTo(404);

        String first = issue(id, "MID_TERM");
        var retried = given.succeed("school-admin-a", LINK_ISSUE_AGAIN, Map.of("id", id, "kind", "MID_TERM"));
        assertThat(retried.<Object>read("$.data.evaluationLinkIssue.link")).as("issued moments ago: kept").isNull();
        assertThat(retried.<String>read("$.data.evaluationLinkIssue.alreadyIssued.sentTo"))
                .isEqualTo(internship.named().tutor().email());
        assertThat(openForm(first).status()).as("a repeated issue keeps the link just mailed").isEqualTo(200);
        given.succeed("school-admin-a", LINK_REVOKE, Map.of("id", id, "kind", "MID_TERM"));
        String second = issue(id, "MID_TERM");
        assertThat(openForm(first).status()).as("revoked to issue anew").isEqualTo(404);
        assertThat(openForm(second).status()).isEqualTo(200);
        assertThat(postJsonWithoutToken("/evaluation-forms/" + second, RATINGS.formatted(false)).status())
                .isEqualTo(200);
        assertThat(Fixtures.eventually(() -> evaluationMails(internship.named().tutor().email()), m -> m.size() >= 3))
                .as("one mail per link").hasSize(3);
    }

    @Test
    void aTutorsLinkOpensExactlyOneForm() {
        Caller tutor = newPersonWithoutRole();
        Internship one = signedInternship(namedWithTutor(tutor));
        Internship other = signedInternship(namedWithTutor(tutor));
        given.succeed("school-admin-a", OBJECTIVES_SET, Map.of("id", one.id(), "objectives", OBJECTIVES));
        given.succeed("school-admin-a", OBJECTIVES_SET, Map.of("id", other.id(), "objectives", List.of("Accueillir")));

        String oneMidTerm = issue(one.id(), "MID_TERM");
        String oneFinal = issue(one.id(), "FINAL");
        String otherMidTerm = issue(other.id(), "MID_TERM");

        assertThat(openForm(oneMidTerm).<String>read("$.learnerName")).isEqualTo(learnerName(one.id()));
        assertThat(openForm(oneMidTerm).<String>read("$.kind")).isEqualTo("MID_TERM");
        assertThat(openForm(oneFinal).<String>read("$.learnerName")).isEqualTo(learnerName(one.id()));
        assertThat(openForm(oneFinal).<String>read("$.kind")).isEqualTo("FINAL");
        var otherForm = openForm(otherMidTerm);
        assertThat(otherForm.<String>read("$.learnerName")).isEqualTo(learnerName(other.id()))
                .isNotEqualTo(learnerName(one.id()));
        assertThat(otherForm.<List<String>>read("$.objectives[*].text")).containsExactly("Accueillir");

        assertThat(postJsonWithoutToken("/evaluation-forms/" + otherMidTerm, """
                {"ratings": [{"objectiveId": "1", "level": "MASTERED"}], "comment": "Très bien."}""").status())
                .isEqualTo(200);
        assertThat(evaluationSubmitted(other.id())).containsExactly(true, false);
        assertThat(evaluationSubmitted(one.id())).as("the other agreement's evaluations are untouched")
                .containsExactly(false, false);
        assertThat(openForm(oneMidTerm).status()).isEqualTo(200);
        assertThat(Fixtures.eventually(() -> evaluationMails(tutor.email()), m -> m.size() >= 3)).hasSize(3);
    }

    @Test
    void anInternshipEndingTodayIsReportedEvaluatedCreditedCompletedAndCertified() throws Exception {
        LocalDate end = today();
        LocalDate start = end.minusWeeks(4).plusDays(1);
        Internship internship = signed(fullTime(start, end));
        String id = internship.id();
        assertThat(step("school-admin-a", AGREEMENT_START, id)).containsEntry("status", "IN_PROGRESS");
        given.succeed("school-admin-a", OBJECTIVES_SET, Map.of("id", id, "objectives", OBJECTIVES));

        String summary = "Quatre semaines en atelier : diagnostic, vidanges, freinage.";
        var reported = succeed(internship.learner().caller(), REPORT_SUBMIT, Map.of("id", id, "summary", summary));
        assertThat(reported.<String>read("$.data.internshipReportSubmit.followUp.finalReport.summary")).isEqualTo(summary);
        assertThat(reported.<Object>read("$.data.internshipReportSubmit.followUp.finalReport.cosignedBy")).isNull();
        assertThat(userErrors(api.query("school-admin-a", ECTS_VALIDATE, Map.of("id", id, "credits", 10))))
                .as("credits wait for the final evaluation").containsExactly(Map.entry(List.of("credits"),
                        "INVALID_STATE"));

        String token = issue(id, "FINAL");
        var form = openForm(token);
        assertThat(form.<String>read("$.kind")).isEqualTo("FINAL");
        assertThat(form.<String>read("$.reportSummary")).as("the final form shows the report to co-sign")
                .isEqualTo(summary);
        assertThat(postJsonWithoutToken("/evaluation-forms/" + token, RATINGS.formatted(true)).status()).isEqualTo(200);
        var followUp = asMap(agreement(id).get("followUp"));
        assertThat(asMap(followUp.get("finalReport"))).containsEntry("cosignedBy", TUTOR_NAME);
        assertThat(asList(followUp.get("evaluations")).get(1)).containsEntry("kind", "FINAL")
                .containsEntry("submitted", true);

        var credited = given.succeed("school-admin-a", ECTS_VALIDATE, Map.of("id", id, "credits", 10));
        assertThat(credited.<Integer>read("$.data.internshipEctsValidate.followUp.ects.credits")).isEqualTo(10);

        assertThat(userErrors(api.query("recruiter-x", ATTESTATION_ISSUE, Map.of("id", id, "paid", euros(0)))))
                .as("no certificate before the internship ended").containsExactly(Map.entry(List.of("agreementId"),
                        "INVALID_STATE"));
        assertThat(step("recruiter-x", AGREEMENT_COMPLETE, id)).as("its last day is today")
                .containsEntry("status", "COMPLETED");

        var issued = given.succeed("recruiter-x", ATTESTATION_ISSUE, Map.of("id", id, "paid", euros(700)));
        var attestation = asMap(issued.<Map<String, Object>>read("$.data.internshipAttestationIssue.followUp")
                .get("attestation"));
        int presence = (Integer) asMap(asMap(agreement(id).get("rules")).get("presence")).get("minutes");
        assertThat(attestation).containsEntry("presenceMinutes", presence).containsEntry("presenceDays", presence / DAY)
                .containsEntry("gratificationPaid", Map.of("amount", 70_000, "currency", "EUR"))
                .containsEntry("documentUrl", "http://localhost:" + port + "/agreements/" + id + "/attestation");
        String sha = (String) attestation.get("documentSha256");
        String text = AgreementDocumentsTest.text(assertPdf(internship.learner().caller(),
                "/agreements/" + id + "/attestation", sha));
        assertThat(text).contains("Attestation de stage", learnerName(id), COMPANY_X_NAME, SCHOOL_A_NAME,
                "700,00 €").doesNotContain("Interruption");
        assertPdf(persona("school-admin-a"), "/agreements/" + id + "/attestation", sha);
        for (String stranger : List.of("school-admin-b", "recruiter-y", "learner")) {
            assertThat(download(persona(stranger), "/agreements/" + id + "/attestation").status()).as(stranger)
                    .isEqualTo(404);
        }
    }

    @Test
    void aRefusedAnswerIsAProblemAndLeavesTheLinkOpen() {
        Internship internship = signedInternship(named());
        given.succeed("school-admin-a", OBJECTIVES_SET, Map.of("id", internship.id(), "objectives", OBJECTIVES));
        String path = "/evaluation-forms/" + issue(internship.id(), "MID_TERM");

        var oneRatingMissing = postJsonWithoutToken(path, """
                {"ratings": [{"objectiveId": "1", "level": "ACQUIRED"}]}""");
        assertThat(oneRatingMissing.status()).as(oneRatingMissing.toString()).isEqualTo(422);
        assertThat(oneRatingMissing.<String>read("$.type")).isEqualTo("urn:passerelle:problem:business-rule");
        assertThat(oneRatingMissing.<List<String>>read("$.errors[*].field")).containsExactly("ratings");
        for (String malformed : List.of("{not json", "", """
                {"ratings": [{"objectiveId": "1", "level": "GREAT"}, {"objectiveId": "2", "level": "ACQUIRED"}]}""")) {
            var reply = postJsonWithoutToken(path, malformed);
            assertThat(reply.status()).as(malformed + ": " + reply).isEqualTo(400);
            assertThat(reply.<String>read("$.type")).isEqualTo("urn:passerelle:problem:bad-request");
        }

        var controlCharacters = postJsonWithoutToken(path, RATINGS.formatted(false)
                .replace("Autonome.", "Autonome\\u0007").replace("Stagiaire impliqué.", "Stagiaire\\u0000 impliqué."));
        assertThat(controlCharacters.status()).as(controlCharacters.toString()).isEqualTo(422);
        assertThat(controlCharacters.<List<String>>read("$.errors[*].field"))
                .containsExactly("ratings.0.comment", "comment");

        assertThat(openForm(path.substring(path.lastIndexOf('/') + 1)).status()).isEqualTo(200);
        assertThat(postJsonWithoutToken(path, RATINGS.formatted(false)).status()).isEqualTo(200);
    }

    @Test
    void anEvaluationCannotBeGivenBeforeThePeriodItEvaluates() {
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        Internship internship = signed(fullTime(start, start.plusWeeks(8).minusDays(3)));
        given.succeed("school-admin-a", OBJECTIVES_SET, Map.of("id", internship.id(), "objectives", OBJECTIVES));
        String token = issue(internship.id(), "FINAL");

        var early = postJsonWithoutToken("/evaluation-forms/" + token, RATINGS.formatted(false));
        assertThat(early.status()).as(early.toString()).isEqualTo(422);
        assertThat(early.<String>read("$.type")).isEqualTo("urn:passerelle:problem:business-rule");
        assertThat(early.<List<String>>read("$.errors[*].field")).containsExactly("kind");
        assertThat(early.<String>read("$.errors[0].message")).contains("peut être donnée à partir du");
        assertThat(evaluationSubmitted(internship.id())).as("nothing given").containsExactly(false, false);
        assertThat(openForm(token).status()).as("the link still opens the form").isEqualTo(200);
        var finalOne = asList(asMap(agreement(internship.id()).get("followUp")).get("evaluations")).get(1);
        LocalDate opensOn = LocalDate.parse((String) finalOne.get("dueOn")).minusDays(6);
        assertThat(finalOne).as("when it opens").containsEntry("opensOn", opensOn.toString());
        assertThat(early.<String>read("$.errors[0].message")).as("the day it opens, written in French")
                .contains(opensOn.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }

    @Test
    void aMissingRatingInTheListIsARefusedAnswerNotAServerError() {
        Internship internship = signedInternship(named());
        given.succeed("school-admin-a", OBJECTIVES_SET, Map.of("id", internship.id(), "objectives", OBJECTIVES));
        String path = "/evaluation-forms/" + issue(internship.id(), "MID_TERM");

        var reply = postJsonWithoutToken(path, """
                {"ratings": [null, {"objectiveId": "2", "level": "ACQUIRED"}]}""");
        assertThat(reply.status()).as(reply.toString()).isIn(400, 422);
        assertThat(reply.<String>read("$.type")).isNotEqualTo("urn:passerelle:problem:internal-error");
    }

    @Test
    void issuingALinkSchedulesTwoRemindersThatRevokingOrAnsweringCancels() {
        Internship internship = signedInternship(named());
        given.succeed("school-admin-a", OBJECTIVES_SET, Map.of("id", internship.id(), "objectives", OBJECTIVES));
        LocalDate dueOn = LocalDate.parse((String) asList(asMap(agreement(internship.id()).get("followUp"))
                .get("evaluations")).get(0).get("dueOn"));
        Set<String> before = evaluationReminders("SCHEDULED").keySet();

        issue(internship.id(), "MID_TERM");
        var first = newSince(before);
        assertThat(first.keySet()).as("3 days and 1 day before the deadline").hasSize(2)
                .allMatch(key -> key.startsWith("evaluation/")).anyMatch(key -> key.endsWith("/D-3"))
                .anyMatch(key -> key.endsWith("/D-1"));
        first.forEach((key, job) -> assertThat(Instant.parse((String) job.get("dueAt"))).as(key).isEqualTo(
                dueOn.minusDays(key.endsWith("/D-3") ? 3 : 1).atTime(9, 0).atZone(ZoneId.of("Europe/Paris"))
                        .toInstant()));

        given.succeed("school-admin-a", LINK_REVOKE, Map.of("id", internship.id(), "kind", "MID_TERM"));
        String token = issue(internship.id(), "MID_TERM");
        assertThat(evaluationReminders("CANCELLED")).as("the revoked link's reminders").containsKeys(
                first.keySet().toArray(String[]::new));
        var second = newSince(union(before, first.keySet()));
        assertThat(second).hasSize(2);

        assertThat(postJsonWithoutToken("/evaluation-forms/" + token, RATINGS.formatted(false)).status()).isEqualTo(200);
        assertThat(evaluationReminders("CANCELLED")).as("an evaluation given needs no reminder").containsKeys(
                second.keySet().toArray(String[]::new));
        assertThat(evaluationReminders("SCHEDULED")).doesNotContainKeys(second.keySet().toArray(String[]::new));
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** A signed internship of eight weeks whose mid-term evaluation the tutor may give now, naming these people. */
    private Internship signedInternship(Named named) {
        return midTermDueSoon(named);
    }

    /** School A's staff issue a link; its token. */
    private String issue(String id, String kind) {
        return given.succeed("school-admin-a", LINK_ISSUE, Map.of("id", id, "kind", kind))
                .read("$.data.evaluationLinkIssue.link.token");
    }

    /** What a tutor's browser gets: no Authorization header at all. */
    private GraphQlHttp.Reply openForm(String token) {
        return api.get("/evaluation-forms/" + token, Map.of());
    }

    /** The evaluation reminders in a state, by reminder key. */
    private Map<String, Map<String, Object>> evaluationReminders(String status) {
        Map<String, Map<String, Object>> reminders = new HashMap<>();
        given.jobs(status).stream().filter(job -> "evaluation-reminder".equals(job.get("handler")))
                .forEach(job -> reminders.put((String) job.get("reminderKey"), job));
        return reminders;
    }

    /** The evaluation reminders scheduled whose keys are not among these. */
    private Map<String, Map<String, Object>> newSince(Set<String> known) {
        Map<String, Map<String, Object>> fresh = new HashMap<>(evaluationReminders("SCHEDULED"));
        fresh.keySet().removeAll(known);
        return fresh;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private String learnerName(String id) {
        return (String) asMap(asMap(agreement(id).get("parties")).get("learner")).get("name");
    }

    private List<Boolean> evaluationSubmitted(String id) {
        return asList(asMap(agreement(id).get("followUp")).get("evaluations")).stream()
                .map(e -> (Boolean) e.get("submitted")).toList();
    }
}
