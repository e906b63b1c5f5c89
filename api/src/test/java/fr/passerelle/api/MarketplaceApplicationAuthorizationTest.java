package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who sees an application and who moves it, over HTTP with real tokens. It is read by the learner who applied,
 * company X's members, the staff of the learner's school (B), advisors and platform admins; company X's recruiters
 * and admins take the company's steps, the applicant alone answers. Seeing without acting is FORBIDDEN, not seeing
 * is NOT_FOUND. The applicant is a learner of school B of the test's own, so nothing else touches their
 * applications.
 */
class MarketplaceApplicationAuthorizationTest extends MarketplaceApiTest {

    /** The learner who applied, in the matrices. */
    private static final String APPLICANT = "applicant";

    /** Offers of company X every row applies to (many positions: the applicant row accepts one). */
    private static List<String> sharedOffers;
    /** The application the reading matrix reads, its learner and offer. */
    private static Applicant reader;
    private static String readOffer;
    private static String readApplication;

    private List<String> offers() {
        if (sharedOffers == null) {
            String tag = tag();
            sharedOffers = Stream.of("un", "deux", "trois", "quatre", "cinq")
                    .map(n -> published(with(terms("Candidatures " + n + " " + tag), "positions", 50))).toList();
        }
        return sharedOffers;
    }

    private void readFixture() {
        if (reader == null) {
            reader = learnerOfSchoolB();
            readOffer = published(terms("Lecture candidature " + tag()));
            readApplication = apply(reader.caller(), readOffer, "SKILLS");
        }
    }

    private Caller callerFor(String who, Applicant applicant) {
        return APPLICANT.equals(who) ? applicant.caller() : caller(who);
    }

    static Stream<Arguments> reads() {
        // Columns: node(application), viewer.applications, offer.applications, learner.applications,
        //          Application.learner (the full profile, and its names alone, which are read apart),
        //          Application.applicant (the shared view).
        return Stream.of(
                Arguments.of(APPLICANT, true, true, true, true, true, true),
                Arguments.of("recruiter-x", true, false, true, false, false, true),
                Arguments.of("school-admin-b", true, false, true, true, true, true),
                Arguments.of("advisor", true, false, true, true, true, true),
                Arguments.of("platform-admin", true, false, true, true, true, true),
                Arguments.of("recruiter-y", false, false, false, false, false, false),
                Arguments.of("school-admin-a", false, false, false, false, false, false),
                Arguments.of("learner", false, false, false, false, false, false),
                Arguments.of(ANOTHER_LEARNER, false, false, false, false, false, false),
                Arguments.of(NEWCOMER, false, false, false, false, false, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reads")
    void eachCallerSeesTheApplicationExactlyThroughTheWaysItsRoleAllows(String who, boolean node, boolean mine,
                                                                        boolean ofOffer, boolean ofLearner,
                                                                        boolean learner, boolean applicant) {
        readFixture();
        var reply = as(callerFor(who, reader), """
                query($application: ID!, $offer: ID!, $learner: ID!) {
                  application: node(id: $application) { id ... on Application { status
                    learner { id firstName lastName } profile: learner { id type }
                    applicant { firstName skills { code } } offer { id } } }
                  viewer { applications(first: 100) { edges { node { id } } } }
                  offer: node(id: $offer) { ... on InternshipOffer { applications(first: 100) { edges { node { id } } }
                    paged: applications(first: 1, orderBy: {field: UPDATED_AT, direction: DESC}) { edges { node { id } } } } }
                  learner: node(id: $learner) { ... on Learner { applications(first: 100) { edges { node { id } } } } }
                }""", Map.of("application", readApplication, "offer", readOffer, "learner", reader.learnerId()));
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();

        assertThat(reply.<String>find("$.data.application.id")).as("node(application)")
                .isEqualTo(node ? readApplication : null);
        assertThat(reply.<String>find("$.data.application.offer.id")).isEqualTo(node ? readOffer : null);
        assertThat(reply.<String>find("$.data.application.learner.id")).as("Application.learner, names only")
                .isEqualTo(learner ? reader.learnerId() : null);
        assertThat(reply.<String>find("$.data.application.learner.firstName")).isEqualTo(learner ? "Camille" : null);
        assertThat(reply.<String>find("$.data.application.profile.id")).as("Application.learner, the profile")
                .isEqualTo(learner ? reader.learnerId() : null);
        assertThat(reply.<String>find("$.data.application.applicant.firstName")).as("Application.applicant")
                .isEqualTo(applicant ? "Camille" : null);
        if (mine) {
            assertThat(ids(reply, "$.data.viewer.applications")).as("viewer.applications")
                    .containsExactly(readApplication);
        } else {
            // Léa lists her own applications, others have none: this one is never among them.
            assertThat(ids(reply, "$.data.viewer.applications")).as("viewer.applications")
                    .doesNotContain(readApplication);
        }
        // The published offer itself is visible to everyone signed in; its applications are not.
        assertThat(ids(reply, "$.data.offer.applications")).as("InternshipOffer.applications (batched first page)")
                .isEqualTo(ofOffer ? List.of(readApplication) : List.of());
        assertThat(ids(reply, "$.data.offer.paged")).as("InternshipOffer.applications (other order)")
                .isEqualTo(ofOffer ? List.of(readApplication) : List.of());
        List<String> learnerApplications = reply.find("$.data.learner.applications.edges[*].node.id");
        assertThat(learnerApplications == null ? List.of() : learnerApplications).as("Learner.applications")
                .isEqualTo(ofLearner ? List.of(readApplication) : List.of());
    }

    static Stream<Arguments> companySteps() {
        // Columns: shortlist, propose an interview, extend an offer (one application), reject (another).
        return Stream.of(
                Arguments.of("recruiter-x", OK, OK, OK, OK),
                Arguments.of("platform-admin", OK, OK, OK, OK),
                Arguments.of(APPLICANT, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Arguments.of("advisor", FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Arguments.of("school-admin-b", FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Arguments.of("recruiter-y", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                Arguments.of("school-admin-a", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                Arguments.of("learner", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                Arguments.of(ANOTHER_LEARNER, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                Arguments.of(NEWCOMER, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("companySteps")
    void onlyTheCompanysRecruitersAndAdminsTakeTheCompanysSteps(String who, String shortlist, String propose,
                                                               String extend, String reject) {
        Applicant learner = learnerOfSchoolB();
        String moved = apply(learner.caller(), offers().get(0));
        String rejected = apply(learner.caller(), offers().get(1));
        Caller caller = callerFor(who, learner);

        assertThat(result(as(caller, SHORTLIST, Map.of("id", moved)))).as("shortlist").isEqualTo(shortlist);
        assertThat(result(as(caller, PROPOSE, Map.of("id", moved, "input", interviewNextWeek()))))
                .as("propose an interview").isEqualTo(propose);
        assertThat(result(as(caller, EXTEND_OFFER, Map.of("id", moved)))).as("extend an offer").isEqualTo(extend);
        assertThat(result(as(caller, REJECT, Map.of("id", rejected, "reason", "Profil trop éloigné."))))
                .as("reject").isEqualTo(reject);

        var first = application(moved);
        @SuppressWarnings("unchecked")
        var steps = ((List<Map<String, Object>>) first.get("history")).stream().map(s -> s.get("status")).toList();
        if (OK.equals(shortlist)) {
            assertThat(first.get("status")).isEqualTo("OFFERED");
            assertThat(steps).containsExactly("SUBMITTED", "SHORTLISTED", "INTERVIEW", "OFFERED");
        } else {
            assertThat(first.get("status")).isEqualTo("SUBMITTED");
            assertThat(steps).containsExactly("SUBMITTED");
            assertThat(first.get("interview")).isNull();
        }
        assertThat(statusOf(rejected)).isEqualTo(OK.equals(reject) ? "REJECTED" : "SUBMITTED");
    }

    static Stream<Arguments> learnerSteps() {
        // Columns: pick an interview slot, withdraw (that application), decline an offer, accept another.
        return Stream.of(
                Arguments.of(APPLICANT, OK, OK, OK, OK),
                Arguments.of("recruiter-x", FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Arguments.of("platform-admin", FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Arguments.of("advisor", FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Arguments.of("school-admin-b", FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Arguments.of("recruiter-y", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                Arguments.of("school-admin-a", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                Arguments.of("learner", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                Arguments.of(ANOTHER_LEARNER, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                Arguments.of(NEWCOMER, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("learnerSteps")
    void onlyTheApplicantAnswers(String who, String pick, String withdraw, String decline, String accept) {
        Applicant learner = learnerOfSchoolB();
        String interviewed = apply(learner.caller(), offers().get(2));
        given.succeed("recruiter-x", PROPOSE, Map.of("id", interviewed, "input", interviewNextWeek()));
        String declined = offered(learner.caller(), offers().get(3));
        String accepted = offered(learner.caller(), offers().get(4));
        Caller caller = callerFor(who, learner);

        var picked = as(caller, PICK, Map.of("id", interviewed, "slot", "1"));
        assertThat(result(picked)).as("pick a slot").isEqualTo(pick);
        if (OK.equals(pick)) {
            assertThat(picked.<String>read("$.data.applicationInterviewPick.application.interview.status"))
                    .isEqualTo("SCHEDULED");
        }
        assertThat(result(as(caller, WITHDRAW, Map.of("id", interviewed, "reason", "Je change de projet."))))
                .as("withdraw").isEqualTo(withdraw);
        assertThat(result(as(caller, DECLINE, Map.of("id", declined)))).as("decline").isEqualTo(decline);
        assertThat(result(as(caller, ACCEPT_OFFER, Map.of("id", accepted, "terms", 1)))).as("accept").isEqualTo(accept);

        var interview = application(interviewed);
        assertThat(interview.get("status")).isEqualTo(OK.equals(withdraw) ? "WITHDRAWN" : "INTERVIEW");
        assertThat(interview.get("interview")).extracting("status").as("the pick, kept after withdrawing")
                .isEqualTo(OK.equals(pick) ? "SCHEDULED" : "PROPOSED");
        assertThat(statusesOf(declined, accepted)).containsExactly(OK.equals(decline) ? "DECLINED" : "OFFERED",
                OK.equals(accept) ? "ACCEPTED" : "OFFERED");
    }
}
