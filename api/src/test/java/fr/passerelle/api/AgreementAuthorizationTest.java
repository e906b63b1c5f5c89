package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who reads an agreement of school A with company X and who moves it, over HTTP with real tokens. It is read by the
 * intern, school A's staff, company X's members, the signatories it names by their verified e-mail, advisors and
 * platform admins; school A's staff and platform admins write, submit, send and cancel it. Reading without acting is
 * FORBIDDEN, not reading is NOT_FOUND (null, 404), exactly as for an agreement that does not exist.
 */
class AgreementAuthorizationTest extends AgreementApiTest {

    /** The agreement's intern, in the matrices. */
    private static final String INTERN = "the intern";
    /** Who signs for the host, known only by the verified e-mail of their token. */
    private static final String COMPANY_SIGNATORY = "the company's signatory";

    /** The agreement the reading matrix reads (out for signature, so its PDF exists). */
    private static Internship read;

    private Internship readFixture() {
        if (read == null) {
            LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(2);
            read = outForSignature(fullTime(start, start.plusWeeks(4).minusDays(3)));
        }
        return read;
    }

    private Caller callerFor(String who, Internship internship) {
        return switch (who) {
            case INTERN -> internship.learner().caller();
            case COMPANY_SIGNATORY -> internship.named().companySignatory();
            default -> caller(who);
        };
    }

    /** Whether the caller is someone new to the platform, whose unfiltered list holds only what this test made. */
    private static boolean fresh(String who) {
        return List.of(INTERN, COMPANY_SIGNATORY, ANOTHER_LEARNER, NEWCOMER).contains(who);
    }

    static Stream<Arguments> reads() {
        // Columns: reads the agreement (node, lists, PDF), acts for the school.
        return Stream.of(
                Arguments.of(INTERN, true, false),
                Arguments.of("school-admin-a", true, true),
                Arguments.of("recruiter-x", true, false),
                Arguments.of(COMPANY_SIGNATORY, true, false),
                Arguments.of("advisor", true, false),
                Arguments.of("platform-admin", true, true),
                Arguments.of(ANOTHER_LEARNER, false, false),
                Arguments.of("learner", false, false),
                Arguments.of("school-admin-b", false, false),
                Arguments.of("recruiter-y", false, false),
                Arguments.of(NEWCOMER, false, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reads")
    void eachCallerReadsTheAgreementAndItsDocumentExactlyWhenTheirPartAllows(String who, boolean reads,
                                                                            boolean actsForSchool) {
        Internship internship = readFixture();
        Caller caller = callerFor(who, internship);
        String missing = globalId("InternshipAgreement", UUID.randomUUID().toString());

        var reply = as(caller, """
                query($id: ID!, $missing: ID!, $learner: ID!) {
                  agreement: node(id: $id) { id ... on InternshipAgreement { status viewerActsForSchool
                    parties { learner { email } } signing { documentSha256 } } }
                  missing: node(id: $missing) { id }
                  theirs: internshipAgreements(learnerId: $learner, first: 100) { edges { node { id } } }
                  all: internshipAgreements(first: 100) { edges { node { id } } }
                }""", Map.of("id", internship.id(), "missing", missing, "learner", internship.learner().learnerId()));
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();

        assertThat(reply.<String>find("$.data.agreement.id")).as("node(id)").isEqualTo(reads ? internship.id() : null);
        assertThat(reply.<Object>find("$.data.missing")).as("node(missing id)").isNull();
        if (reads) {
            assertThat(reply.<Boolean>read("$.data.agreement.viewerActsForSchool")).isEqualTo(actsForSchool);
            assertThat(reply.<String>read("$.data.agreement.parties.learner.email"))
                    .isEqualTo(internship.learner().caller().email());
        }
        assertThat(ids(reply, "$.data.theirs")).as("internshipAgreements(learnerId)")
                .isEqualTo(reads ? List.of(internship.id()) : List.of());
        if (fresh(who)) {
            assertThat(ids(reply, "$.data.all")).as("internshipAgreements")
                    .isEqualTo(reads ? List.of(internship.id()) : List.of());
        } else if (!reads) {
            assertThat(ids(reply, "$.data.all")).as("internshipAgreements").doesNotContain(internship.id());
        }

        var missingPdf = api.get("/agreements/" + missing + "/document", Map.of("Authorization", "Bearer "
                + caller.token()));
        assertThat(missingPdf.status()).isEqualTo(404);
        if (reads) {
            assertPdf(caller, internship.documentPath(), sha(agreement(internship.id())));
        } else {
            var pdf = api.get(internship.documentPath(), Map.of("Authorization", "Bearer " + caller.token()));
            assertThat(pdf.status()).as(pdf.toString()).isEqualTo(404);
            assertThat(pdf.headers().get("Content-Type")).isEqualTo(missingPdf.headers().get("Content-Type"));
            assertThat(problemWithoutInstance(pdf)).as("someone else's document and a missing one look the same")
                    .isEqualTo(problemWithoutInstance(missingPdf));
        }
    }

    static Stream<Arguments> schoolSteps() {
        // Columns: create from the accepted application, submit, send for signature, cancel.
        return Stream.of(
                Arguments.of("school-admin-a", OK, OK, OK, OK),
                Arguments.of("platform-admin", OK, OK, OK, OK),
                Arguments.of(INTERN, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Arguments.of("recruiter-x", NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Arguments.of(COMPANY_SIGNATORY, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Arguments.of("advisor", NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Arguments.of(ANOTHER_LEARNER, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                Arguments.of("school-admin-b", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                Arguments.of("recruiter-y", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                Arguments.of(NEWCOMER, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND));
    }

    /**
     * Each step is tried on an agreement in the state it applies to: when the caller may not take it, school A's staff
     * take it, so the next step meets the state it expects.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("schoolSteps")
    void onlyTheSchoolsStaffAndPlatformAdminsWriteValidateSendAndCancel(String who, String create, String submit,
                                                                        String send, String cancel) {
        Applicant learner = learnerOfSchoolA();
        String application = acceptedApplication(learner);
        Named named = named();
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(2);
        var input = input(named, fullTime(start, start.plusWeeks(4).minusDays(3)));
        Internship internship = new Internship(learner, application, named, null);
        Caller caller = callerFor(who, internship);

        var created = as(caller, AGREEMENT_CREATE, Map.of("application", application, "input", input));
        assertThat(result(created)).as("create").isEqualTo(create);
        String id = OK.equals(create) ? created.read("$.data.internshipAgreementCreate.agreement.id")
                : create(application, input);
        String missing = globalId("InternshipAgreement", UUID.randomUUID().toString());

        takeOrLeaveToTheSchool(caller, AGREEMENT_SUBMIT, id, submit, "submit");
        takeOrLeaveToTheSchool(caller, AGREEMENT_SEND, id, send, "send for signature");
        assertThat(result(as(caller, AGREEMENT_CANCEL, Map.of("id", id)))).as("cancel").isEqualTo(cancel);
        assertThat(result(as(caller, AGREEMENT_CANCEL, Map.of("id", missing)))).as("cancel a missing agreement")
                .isEqualTo(NOT_FOUND);

        assertThat(agreement(id).get("status")).isEqualTo(OK.equals(cancel) ? "CANCELLED" : "OUT_FOR_SIGNATURE");
    }

    static Stream<Arguments> followUpSteps() {
        // Columns: set the objectives, issue a link, revoke it, the tutor's step, the referent's step,
        //          the intern's final report, its co-signature.
        return Stream.of(
                Arguments.of("school-admin-a", OK, OK, OK, OK, OK, FORBIDDEN, FORBIDDEN),
                Arguments.of("platform-admin", OK, OK, OK, OK, OK, FORBIDDEN, OK),
                Arguments.of("recruiter-x", FORBIDDEN, FORBIDDEN, OK, OK, FORBIDDEN, FORBIDDEN, OK),
                Arguments.of(INTERN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Arguments.of(COMPANY_SIGNATORY, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
                        FORBIDDEN),
                Arguments.of("advisor", FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Arguments.of(ANOTHER_LEARNER, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                Arguments.of("school-admin-b", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                Arguments.of("recruiter-y", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                Arguments.of(NEWCOMER, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND));
    }

    /** The follow-up of a signed agreement, each step tried by every caller, left to its owner when refused. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("followUpSteps")
    void eachFollowUpStepIsTakenByItsOwnerOnly(String who, String objectives, String issue, String revoke,
                                               String tutorStep, String referentStep, String report, String cosign) {
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(2);
        Internship internship = signed(fullTime(start, start.plusWeeks(8).minusDays(3)));
        Caller caller = callerFor(who, internship);
        Map<String, Object> id = Map.of("id", internship.id());
        Map<String, Object> midTerm = Map.of("id", internship.id(), "kind", "MID_TERM");

        assertThat(result(as(caller, OBJECTIVES_SET, Map.of("id", internship.id(), "objectives", List.of("Accueil")))))
                .as("objectives").isEqualTo(objectives);
        assertThat(result(as(caller, LINK_ISSUE, midTerm))).as("issue a link").isEqualTo(issue);
        if (!OK.equals(issue)) {
            given.succeed("school-admin-a", LINK_ISSUE, midTerm);
        }
        assertThat(result(as(caller, LINK_REVOKE, midTerm))).as("revoke it").isEqualTo(revoke);
        assertThat(result(as(caller, ITEM_UPDATE, Map.of("id", internship.id(), "kind", "SKILLS_EVALUATION"))))
                .as("the tutor's step").isEqualTo(tutorStep);
        assertThat(result(as(caller, ITEM_UPDATE, Map.of("id", internship.id(), "kind", "VISIT"))))
                .as("the referent's step").isEqualTo(referentStep);
        assertThat(result(as(caller, REPORT_SUBMIT, Map.of("id", internship.id(), "summary", "Mon rapport."))))
                .as("final report").isEqualTo(report);
        if (!OK.equals(report)) {
            succeed(internship.learner().caller(), REPORT_SUBMIT, Map.of("id", internship.id(), "summary", "Rapport."));
        }
        assertThat(result(as(caller, REPORT_COSIGN, id))).as("co-sign the report").isEqualTo(cosign);

        var followUp = asMap(agreement(internship.id()).get("followUp"));
        assertThat(asList(followUp.get("objectives"))).hasSize(OK.equals(objectives) ? 1 : 0);
        assertThat(asList(followUp.get("evaluations")).get(0).get("link")).extracting("revokedAt")
                .as("revoked").matches(revokedAt -> OK.equals(revoke) == (revokedAt != null));
        assertThat(asList(followUp.get("items"))).filteredOn(i -> "DONE".equals(i.get("status")))
                .extracting(i -> i.get("kind")).containsExactlyInAnyOrderElementsOf(
                        Stream.of(OK.equals(tutorStep) ? "SKILLS_EVALUATION" : null,
                                OK.equals(referentStep) ? "VISIT" : null).filter(Objects::nonNull).toList());
        assertThat(asMap(followUp.get("finalReport")).get("cosignedBy")).as("co-signed")
                .matches(by -> OK.equals(cosign) == (by != null));
    }

    private void takeOrLeaveToTheSchool(Caller caller, String document, String id, String expected, String step) {
        assertThat(result(as(caller, document, Map.of("id", id)))).as(step).isEqualTo(expected);
        if (!OK.equals(expected)) {
            step("school-admin-a", document, id);
        }
    }
}
