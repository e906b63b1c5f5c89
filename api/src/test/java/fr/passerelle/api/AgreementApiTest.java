package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the agreement end-to-end tests share: the documents of the agreement and follow-up mutations (each returning
 * its user errors and the object), learners of school A accepted on an offer of company X of the test's own, the
 * people an agreement names (each signed in with a token whose verified e-mail is the one the agreement gives, so
 * they sign electronically), agreements taken to a given step, and the REST side: binary downloads and paper
 * signatures sent as multipart. Same Spring configuration as every {@link ApiTest}, hence the same context.
 */
abstract class AgreementApiTest extends MarketplaceApiTest {

    /** Signatory ids of the default circuit, in its order. */
    static final String LEARNER_SIGNS = "learner";
    static final String LEGAL_REPRESENTATIVE_SIGNS = "legal_representative";
    static final String COMPANY_SIGNATORY_SIGNS = "company_signatory";
    static final String TUTOR_SIGNS = "tutor";
    static final String REFERENT_SIGNS = "referent";
    static final String SCHOOL_SIGNATORY_SIGNS = "school_signatory";

    /** The demo host and school as the agreement names them. */
    static final String COMPANY_X_NAME = "Garage Martin";
    static final String COMPANY_X_SIRET = "81234567800013";
    static final String SCHOOL_A_NAME = "ENS Louis-Lumière";
    static final String TUTOR_NAME = "Marc Petit";

    /** A day of 7 hours, in minutes. */
    static final int DAY = 420;

    static final String PARTY = "name email function";
    static final String SIGNATORY = "id role name email viewerSigns delegate { name email reason }";
    static final String SIGNING = """
            documentVersion documentSha256 out documentUrl
            circuit { signatories { %1$s } } awaiting { %1$s }
            signatures { signatoryId role method signedBy signedAt documentVersion documentSha256 scanSha256 scanUrl }"""
            .formatted(SIGNATORY);
    static final String TERMS = """
            start end country presenceOnHolidays weeks { days { day minutes } weeklyMinutes }
            exceptions { date minutes kind } activities skillsToAcquire nightPresence sundayPresence
            gratification { amount basis } paymentTerms benefits socialProtection leaveAndAbsence
            suspensionAndTermination evaluation workplaces""";
    static final String FOLLOW_UP = """
            items { kind dueOn owner status overdue notes doneOn }
            objectives { id text }
            evaluations { kind dueOn opensOn submitted submittedAt comment ratings { objectiveId level comment }
              link { sentTo issuedAt expiresAt revokedAt } }
            finalReport { summary submittedAt cosignedBy cosignedAt }
            ects { credits validatedAt }
            attestation { presenceMinutes presenceDays gratificationPaid documentSha256 issuedAt documentUrl }""";
    static final String AGREEMENT = """
            id applicationId status version viewerActsForSchool interruption interruptionInitiative createdAt updatedAt
            parties { learner { %1$s } legalRepresentative { %1$s } company { %1$s } companySiret
              companySignatory { %1$s } tutor { %1$s } school { %1$s } schoolSignatory { %1$s } referent { %1$s } }
            terms { %2$s }
            rules { blocking presence { minutes days months }
              findings { ruleId article severity message figures { name value unit } }
              gratificationSchedule { month presentMinutes hourlyMinimum minimum } }
            signing { %3$s }
            amendments { id number reason status proposedAt documentUrl terms { %2$s } signing { %3$s } }
            followUp { %4$s }""".formatted(PARTY, TERMS, SIGNING, FOLLOW_UP);

    static final String AGREEMENT_CREATE = agreementMutation("$application: ID!, $input: InternshipAgreementInput!",
            "internshipAgreementCreate(applicationId: $application, input: $input)");
    static final String AGREEMENT_CREATE_DIRECT = agreementMutation(
            "$learner: ID!, $company: ID, $input: InternshipAgreementInput!",
            "internshipAgreementCreateDirect(learnerId: $learner, companyId: $company, input: $input)");
    static final String AGREEMENT_UPDATE = agreementMutation("$id: ID!, $input: InternshipAgreementInput!",
            "internshipAgreementUpdate(id: $id, input: $input)");
    static final String AGREEMENT_SUBMIT = agreementStep("internshipAgreementSubmit");
    static final String AGREEMENT_SEND = agreementStep("internshipAgreementSendForSignature");
    static final String AGREEMENT_RETURN_TO_DRAFT = agreementStep("internshipAgreementReturnToDraft");
    static final String AGREEMENT_START = agreementStep("internshipAgreementStart");
    static final String AGREEMENT_COMPLETE = agreementStep("internshipAgreementComplete");
    static final String AGREEMENT_CANCEL = agreementStep("internshipAgreementCancel");
    static final String AGREEMENT_INTERRUPT = agreementMutation(
            "$id: ID!, $reason: String!, $initiative: InterruptionInitiative",
            "internshipAgreementInterrupt(id: $id, reason: $reason, initiative: $initiative)");
    static final String AGREEMENT_SIGN = agreementMutation(
            "$id: ID!, $signatory: String!, $sha: String!, $amendment: String",
            "internshipAgreementSign(id: $id, signatoryId: $signatory, documentSha256: $sha, amendmentId: $amendment)");
    static final String AGREEMENT_DELEGATE = agreementMutation(
            "$id: ID!, $signatory: String!, $input: SignatoryDelegateInput!",
            "internshipAgreementDelegate(id: $id, signatoryId: $signatory, input: $input)");
    static final String AMENDMENT_PROPOSE = agreementMutation("$id: ID!, $reason: String!, $terms: AgreementTermsInput!",
            "internshipAgreementAmendmentPropose(id: $id, reason: $reason, terms: $terms)");
    static final String AMENDMENT_WITHDRAW = agreementMutation("$id: ID!, $amendment: String!",
            "internshipAgreementAmendmentWithdraw(id: $id, amendmentId: $amendment)");

    static final String OBJECTIVES_SET = followUpMutation("$id: ID!, $objectives: [String!]!",
            "internshipObjectivesSet(agreementId: $id, objectives: $objectives)");
    static final String LINK_ISSUE = followUpMutation("$id: ID!, $kind: EvaluationKind!",
            "evaluationLinkIssue(agreementId: $id, kind: $kind)", "link { token url expiresAt mailed }");
    /** Issuing again, which may keep the link just issued: then {@code link} is null and {@code alreadyIssued} says so. */
    static final String LINK_ISSUE_AGAIN = followUpMutation("$id: ID!, $kind: EvaluationKind!",
            "evaluationLinkIssue(agreementId: $id, kind: $kind)",
            "link { token url expiresAt mailed } alreadyIssued { sentTo issuedAt expiresAt }");
    static final String LINK_REVOKE = followUpMutation("$id: ID!, $kind: EvaluationKind!",
            "evaluationLinkRevoke(agreementId: $id, kind: $kind)");
    static final String REPORT_SUBMIT = followUpMutation("$id: ID!, $summary: String!",
            "internshipReportSubmit(agreementId: $id, summary: $summary)");
    static final String REPORT_COSIGN = followUpMutation("$id: ID!", "internshipReportCosign(agreementId: $id)");
    static final String ITEM_UPDATE = followUpMutation("$id: ID!, $kind: FollowUpKind!",
            "internshipFollowUpItemUpdate(agreementId: $id, kind: $kind, input: {status: DONE, notes: \"Fait.\"})");
    static final String ECTS_VALIDATE = followUpMutation("$id: ID!, $credits: Int!",
            "internshipEctsValidate(agreementId: $id, credits: $credits)");
    static final String ATTESTATION_ISSUE = followUpMutation("$id: ID!, $paid: MoneyInput!",
            "internshipAttestationIssue(agreementId: $id, gratificationPaid: $paid)");

    static final String AGREEMENT_READ = "query($id: ID!) { node(id: $id) { ... on InternshipAgreement { %s } } }"
            .formatted(AGREEMENT);

    /** A mutation with these variables, calling this field, that returns its user errors and the agreement. */
    private static String agreementMutation(String variables, String call) {
        return "mutation(%s) { %s { %s agreement { %s } } }".formatted(variables, call, ERRORS, AGREEMENT);
    }

    /** A mutation of the agreement whose id is its only argument. */
    private static String agreementStep(String mutation) {
        return agreementMutation("$id: ID!", mutation + "(id: $id)");
    }

    /** A mutation that returns its user errors, the follow-up, and these other fields. */
    private static String followUpMutation(String variables, String call, String... more) {
        return "mutation(%s) { %s { %s followUp { %s } %s } }".formatted(variables, call, ERRORS, FOLLOW_UP,
                String.join(" ", more));
    }

    /**
     * The people an agreement names besides the intern, the host and the school: each signatory signed in with a
     * token whose verified e-mail is the one the agreement gives (no role, no membership), the referent teacher too.
     */
    record Named(Caller companySignatory, Caller tutor, Caller schoolSignatory, Caller referent) {

        String referentEmail() {
            return referent.email();
        }
    }

    /** An agreement of the test's own: its intern (a learner of school A), the application, the people it names. */
    record Internship(Applicant learner, String applicationId, Named named, String id) {

        String documentPath() {
            return "/agreements/" + id + "/document";
        }
    }

    // ---- people and applications -------------------------------------------------------------------------------

    Named named() {
        return new Named(newPersonWithoutRole(), newPersonWithoutRole(), newPersonWithoutRole(), newPersonWithoutRole());
    }

    /** Named people sharing this tutor. */
    Named namedWithTutor(Caller tutor) {
        return new Named(newPersonWithoutRole(), tutor, newPersonWithoutRole(), newPersonWithoutRole());
    }

    /** A learner of school A who claimed the profile the school registered for them. */
    Applicant learnerOfSchoolA() {
        return learnerOfSchoolA(null);
    }

    /** A learner of school A born on this day (null: unknown), who claimed the profile the school registered. */
    Applicant learnerOfSchoolA(LocalDate birthDate) {
        Caller owner = newLearner();
        var identity = identity("Camille", Fixtures.unique("Stagiaire"), owner.email());
        if (birthDate != null) {
            identity.put("birthDate", birthDate.toString());
        }
        String id = (String) learnerOf(api.query("school-admin-a", REGISTER,
                Map.of("input", registration(identity, SCHOOL_A)))).get("id");
        assertThat(learnerOf(as(owner, CLAIM)).get("id")).isEqualTo(id);
        return new Applicant(owner, id);
    }

    /** The learner applies to a new offer of company X, is offered the position and accepts it; the application. */
    String acceptedApplication(Applicant learner) {
        return acceptedApplication(learner, terms(Fixtures.unique("Stage sous convention")));
    }

    /** The same, on an offer of these terms. */
    String acceptedApplication(Applicant learner, Map<String, Object> offerTerms) {
        String application = offered(learner.caller(), published(offerTerms));
        succeed(learner.caller(), ACCEPT_OFFER, Map.of("id", application, "terms", 1));
        return application;
    }

    // ---- inputs ------------------------------------------------------------------------------------------------

    /** A person the input names (a null e-mail or function is left out). */
    static Map<String, Object> party(String name, String email, String function) {
        return with(Map.of(), "name", name, "email", email, "function", function);
    }

    /** A full draft: the named people, these clauses, the default circuit. A mutable copy. */
    static Map<String, Object> input(Named named, Map<String, Object> clauses) {
        var input = new HashMap<String, Object>();
        input.put("companySignatory", party("Claire Martin", named.companySignatory().email(), "Gérante"));
        input.put("tutor", party(TUTOR_NAME, named.tutor().email(), "Chef d'atelier"));
        input.put("schoolSignatory", party("Nadia Benali", named.schoolSignatory().email(), "Directrice des études"));
        input.put("referent", party("Paul Girard", named.referentEmail(), "Enseignant référent"));
        input.put("terms", clauses);
        return input;
    }

    /** Every clause, for this period and schedule, with no gratification; a mutable copy. */
    static Map<String, Object> clauses(LocalDate start, LocalDate end, List<Map<String, Object>> weeks) {
        var clauses = new HashMap<String, Object>();
        clauses.put("start", start.toString());
        clauses.put("end", end.toString());
        clauses.put("weeks", weeks);
        clauses.put("country", "FR");
        clauses.put("activities", "Diagnostic et entretien des véhicules en atelier.");
        clauses.put("skillsToAcquire", List.of("Diagnostic électronique", "Vidange et freinage"));
        clauses.put("paymentTerms", "Virement mensuel le dernier jour du mois.");
        clauses.put("benefits", "Tickets restaurant.");
        clauses.put("socialProtection", "Accidents du travail : couverture de l'école.");
        clauses.put("leaveAndAbsence", "Deux jours de congé par mois de présence.");
        clauses.put("suspensionAndTermination", "Rupture anticipée après entretien tripartite.");
        clauses.put("evaluation", "Évaluations de mi-parcours et finale par le tuteur.");
        clauses.put("workplaces", List.of("8 rue de Gerland, Lyon"));
        return clauses;
    }

    /** Full time (five days of 7 hours), paid by the hour above the legal minimum. */
    static Map<String, Object> fullTime(LocalDate start, LocalDate end) {
        return MarketplaceApiTest.with(clauses(start, end, List.of(fiveDays())), "gratification", hourly(500));
    }

    /** Monday to Friday, 7 hours a day. */
    static Map<String, Object> fiveDays() {
        return week(DayOfWeek.MONDAY, DAY, DayOfWeek.TUESDAY, DAY, DayOfWeek.WEDNESDAY, DAY, DayOfWeek.THURSDAY, DAY,
                DayOfWeek.FRIDAY, DAY);
    }

    /** One week of a schedule: days and their minutes, in pairs. */
    static Map<String, Object> week(Object... daysAndMinutes) {
        List<Map<String, Object>> days = new ArrayList<>();
        for (int i = 0; i < daysAndMinutes.length; i += 2) {
            days.add(Map.of("day", daysAndMinutes[i].toString(), "minutes", daysAndMinutes[i + 1]));
        }
        return Map.of("days", days);
    }

    static Map<String, Object> hourly(long cents) {
        return Map.of("amount", Map.of("amount", cents, "currency", "EUR"), "basis", "HOURLY");
    }

    static Map<String, Object> monthly(long euros) {
        return Map.of("amount", euros(euros), "basis", "MONTHLY");
    }

    /** The next day of the week after today. */
    static LocalDate next(DayOfWeek day) {
        return today().with(TemporalAdjusters.next(day));
    }

    // ---- agreements at a given step ----------------------------------------------------------------------------

    /** A learner of school A accepted on an offer of company X, and school A's draft of their agreement. */
    Internship drafted(Map<String, Object> clauses) {
        return drafted(clauses, named());
    }

    /** The same, naming these people. */
    Internship drafted(Map<String, Object> clauses, Named named) {
        Applicant learner = learnerOfSchoolA();
        String application = acceptedApplication(learner);
        return new Internship(learner, application, named, create(application, input(named, clauses)));
    }

    /** The learner's agreements as their school's staff list them. */
    List<String> agreementsOf(String learnerId) {
        var reply = api.query("school-admin-a", """
                query($learner: ID!) { internshipAgreements(learnerId: $learner, first: 100) { edges { node { id } } } }""",
                Map.of("learner", learnerId));
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        return ids(reply, "$.data.internshipAgreements");
    }

    /** School A's staff draft the agreement of the application; its global id. */
    String create(String application, Map<String, Object> input) {
        return given.succeed("school-admin-a", AGREEMENT_CREATE, Map.of("application", application, "input", input))
                .read("$.data.internshipAgreementCreate.agreement.id");
    }

    /** Drafted, submitted and sent for signature (version 1) by school A's staff. */
    Internship outForSignature(Map<String, Object> clauses) {
        return outForSignature(clauses, named());
    }

    Internship outForSignature(Map<String, Object> clauses, Named named) {
        Internship internship = drafted(clauses, named);
        send(internship.id());
        return internship;
    }

    /** Submitted and sent for signature by school A's staff; the agreement as sent. */
    Map<String, Object> send(String id) {
        step("school-admin-a", AGREEMENT_SUBMIT, id);
        return step("school-admin-a", AGREEMENT_SEND, id);
    }

    /**
     * Signed, eight weeks long, its mid-term evaluation due in four days: the tutor may give it now (it opens in the
     * last week of the period it evaluates) and its reminders are still ahead.
     */
    Internship midTermDueSoon(Named named) {
        LocalDate start = today().plusDays(4).minusDays(26);
        return signed(fullTime(start, start.plusDays(53)), named);
    }

    /** Out for signature, then signed electronically by everyone of the default circuit, in turn. */
    Internship signed(Map<String, Object> clauses) {
        return signed(clauses, named());
    }

    Internship signed(Map<String, Object> clauses, Named named) {
        Internship internship = outForSignature(clauses, named);
        String sha = sha(agreement(internship.id()));
        signInTurn(internship, sha, null);
        assertThat(agreement(internship.id()).get("status")).isEqualTo("SIGNED");
        return internship;
    }

    /** Everyone of the default circuit signs this document (the agreement's, or an amendment's) electronically. */
    void signInTurn(Internship internship, String sha, String amendment) {
        sign(internship.learner().caller(), internship.id(), LEARNER_SIGNS, sha, amendment);
        sign(internship.named().companySignatory(), internship.id(), COMPANY_SIGNATORY_SIGNS, sha, amendment);
        sign(internship.named().tutor(), internship.id(), TUTOR_SIGNS, sha, amendment);
        sign(internship.named().referent(), internship.id(), REFERENT_SIGNS, sha, amendment);
        sign(internship.named().schoolSignatory(), internship.id(), SCHOOL_SIGNATORY_SIGNS, sha, amendment);
    }

    /** A signature that must be accepted; the agreement after it. */
    Map<String, Object> sign(Caller signer, String id, String signatory, String sha, String amendment) {
        return succeed(signer, AGREEMENT_SIGN, signing(id, signatory, sha, amendment))
                .read("$.data.internshipAgreementSign.agreement");
    }

    static Map<String, Object> signing(String id, String signatory, String sha, String amendment) {
        var variables = new HashMap<String, Object>(Map.of("id", id, "signatory", signatory, "sha", sha));
        variables.put("amendment", amendment);
        return variables;
    }

    /** A step on the agreement a persona must be allowed to take; the agreement after it. */
    Map<String, Object> step(String persona, String document, String id) {
        List<Map<String, Object>> agreements = given.succeed(persona, document, Map.of("id", id))
                .read("$.data.*.agreement");
        return agreements.get(0);
    }

    /** The agreement as the platform admin (who reads everything) sees it now. */
    Map<String, Object> agreement(String id) {
        var reply = api.query("platform-admin", AGREEMENT_READ, Map.of("id", id));
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        return reply.read("$.data.node");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> asList(Object value) {
        return (List<Map<String, Object>>) value;
    }

    static Map<String, Object> signingOf(Map<String, Object> agreement) {
        return asMap(agreement.get("signing"));
    }

    static String sha(Map<String, Object> agreement) {
        return (String) signingOf(agreement).get("documentSha256");
    }

    static List<String> awaiting(Map<String, Object> agreement) {
        return asList(signingOf(agreement).get("awaiting")).stream().map(s -> (String) s.get("id")).toList();
    }

    /**
     * The evaluation-link mails a tutor received, oldest first: the tutor without an account is also mailed the
     * signing notices of the agreements naming them, which these leave out.
     */
    List<Map<String, Object>> evaluationMails(String tutorEmail) {
        return given.mailbox(tutorEmail).stream()
                .filter(mail -> String.valueOf(mail.get("subject")).contains(" d'un stage chez ")).toList();
    }

    // ---- REST: downloads and paper signatures ------------------------------------------------------------------

    /** A response whose body is kept as bytes (a PDF, a scan). */
    record Download(int status, byte[] body, Map<String, List<String>> headers) {

        String header(String name) {
            return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                    .map(h -> h.getValue().get(0)).findFirst().orElse(null);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return status + " " + headers + " " + (body.length > 500 ? body.length + " bytes" : text());
        }
    }

    /** GETs a path with this token (null: none), keeping the body as bytes. */
    /** @param link an absolute link as the API hands it out, or a path of the API */
    Download download(String token, String link) {
        URI uri = link.startsWith("/") ? URI.create("http://localhost:" + port + link) : URI.create(link);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<byte[]> response = api.exchange(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), response.body(), response.headers().map());
    }

    Download download(Caller caller, String path) {
        return download(caller.token(), path);
    }

    /** A PDF download that must succeed, whose SHA-256 is what the headers and the agreement say. */
    Download assertPdf(Caller caller, String path, String expectedSha256) {
        Download pdf = download(caller, path);
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(sha256(pdf.body())).isEqualTo(expectedSha256);
        assertThat(pdf.header("Repr-Digest")).isEqualTo("sha-256=:" + Base64.getEncoder()
                .encodeToString(HexFormat.of().parseHex(expectedSha256)) + ":");
        assertThat(pdf.header("ETag")).isEqualTo("\"" + expectedSha256 + "\"");
        return pdf;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A scanned paper signature, as a PDF unique to the test. */
    static byte[] scan() {
        return ("%PDF-1.4\n% signature manuscrite " + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    /** One part of a multipart/form-data request: a field (no file name) or a file. */
    record Part(String name, String fileName, String contentType, byte[] content) {

        static Part field(String name, String value) {
            return new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
        }

        static Part file(String fileName, String contentType, byte[] content) {
            return new Part("file", fileName, contentType, content);
        }
    }

    /** POSTs the parts to {@code /agreements/{id}/paper-signatures} with this token (null: none). */
    GraphQlHttp.Reply postPaperSignature(String token, String id, Part... parts) {
        return postMultipart(token, "/agreements/" + id + "/paper-signatures", parts);
    }

    /** POSTs the parts as multipart/form-data to a path of the API with this token (null: none). */
    GraphQlHttp.Reply postMultipart(String token, String path, Part... parts) {
        String boundary = "----passerelle-" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        for (Part part : parts) {
            var head = new StringBuilder("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name()
                    + "\"");
            if (part.fileName() != null) {
                head.append("; filename=\"").append(part.fileName()).append('"');
            }
            head.append("\r\n");
            if (part.contentType() != null) {
                head.append("Content-Type: ").append(part.contentType()).append("\r\n");
            }
            body.writeBytes(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return api.send(request);
    }

    /** School A's staff record a paper signature of the document (an amendment's when given) with its scan. */
    GraphQlHttp.Reply paperSignature(String id, String signatory, String amendment, byte[] scan) {
        List<Part> parts = new ArrayList<>(List.of(Part.field("signatoryId", signatory)));
        if (amendment != null) {
            parts.add(Part.field("amendmentId", amendment));
        }
        parts.add(Part.file("signature.pdf", "application/pdf", scan));
        return postPaperSignature(api.token("school-admin-a"), id, parts.toArray(Part[]::new));
    }

    /** An RFC 9457 problem's stable members (its {@code instance} names the request, so it is left out). */
    static Map<String, Object> problemWithoutInstance(GraphQlHttp.Reply reply) {
        Map<String, Object> problem = new LinkedHashMap<>(reply.<Map<String, Object>>read("$"));
        problem.remove("instance");
        return problem;
    }

    /** POSTs JSON to a path with no token at all (what a tutor's browser sends). */
    GraphQlHttp.Reply postJsonWithoutToken(String path, String json) {
        return api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }
}
