package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.agreement.port.out.DocumentArchive;
import fr.passerelle.agreement.port.out.SignatureProvider;
import fr.passerelle.catalog.port.out.Programmes;
import fr.passerelle.catalog.port.out.Sessions;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.enrollment.model.ContractKind;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.enrollment.model.EnrollmentState;
import fr.passerelle.enrollment.model.FundingSource;
import fr.passerelle.enrollment.model.InstalmentOption;
import fr.passerelle.enrollment.model.WithdrawalPeriod;
import fr.passerelle.enrollment.port.in.ContractSending;
import fr.passerelle.enrollment.port.out.ContractDocuments;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.enrollment.port.out.FundingProgress.FundingStatus;
import fr.passerelle.enrollment.port.out.TrainingContracts;
import fr.passerelle.enrollment.service.ContractParticularsSources;
import fr.passerelle.enrollment.service.TrainingContractService;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.school.port.out.Schools;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.model.Money;
import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.shared.model.PlatformCalendar;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The enrollment's training contract over the API: sending is refused while the enrollment's gates are closed (the
 * dossier and funding parts answer "closed" until they land); a contract sent (through the service with open gates,
 * as those parts will open them) is signed in its circuit's order over GraphQL, the last signature starting the
 * withdrawal period, which the enrollment follows; its PDF downloads for the learner; another school gets NOT_FOUND and 404 alike.
 */
class EnrollmentContractTest extends ApiTest {

    static final String SEND = """
            mutation($id: ID!, $input: EnrollmentContractSendInput) {
              enrollmentContractSend(enrollmentId: $id, input: $input) {
                userErrors { field code } contract { state } } }""";
    static final String SIGN = """
            mutation($id: ID!, $input: EnrollmentContractSignInput!) {
              enrollmentContractSign(enrollmentId: $id, input: $input) {
                userErrors { field code }
                contract { state signedAt withdrawalEndsOn signatories { id name awaited method signedAt } } } }""";
    static final String READ = """
            query($id: ID!) { enrollment(id: $id) { contract { kind state version documentSha256 documentUrl sentAt
              signatories { id party role step name awaited viewerSigns } } } }""";

    static final String FOLLOWED = "query($id: ID!) { enrollment(id: $id) { state withdrawalEndsOn } }";

    @Autowired
    private Enrollments enrollmentStore;
    @Autowired
    private TrainingContracts contracts;
    @Autowired
    private ContractDocuments documents;
    @Autowired
    private DocumentArchive archive;
    @Autowired
    private SignatureProvider signatures;
    @Autowired
    private EventFactory events;
    @Autowired
    private Clock clock;
    @Autowired
    private Schools schools;
    @Autowired
    private Programmes programmes;
    @Autowired
    private Sessions sessions;
    @Autowired
    private Contacts contacts;
    @Autowired
    private Memberships memberships;

    private EnrollmentFixtures enrollments;
    private EnrollmentFixtures.School school;
    private EnrollmentFixtures.School otherSchool;
    private String enrollment;

    @BeforeEach
    void enrolled() {
        enrollments = new EnrollmentFixtures(api, given, people);
        school = enrollments.school();
        otherSchool = enrollments.school();
        enrollment = enrollments.enrolled(school, enrollments.openSession(school, 2),
                enrollments.contact(school, "Martin"));
    }

    @Test
    void sendingIsRefusedWhileTheDossierIsIncompleteAndAnotherSchoolGetsNotFound() {
        var refused = api.queryWithToken(school.admin().token(), SEND, Map.of("id", enrollment));
        assertThat(refused.errorClassification()).as(refused.toString()).isNull();

        List<Map<String, Object>> errors = refused.read("$.data.enrollmentContractSend.userErrors");
        assertThat(errors).extracting(e -> ((List<?>) e.get("field")).get(0) + " " + e.get("code"))
                .contains("state INVALID_STATE", "dossier INVALID_STATE", "funding INVALID_STATE");
        assertThat((Object) refused.read("$.data.enrollmentContractSend.contract")).isNull();
        assertThat(api.queryWithToken(otherSchool.admin().token(), SEND, Map.of("id", enrollment))
                .errorClassification()).isEqualTo("NOT_FOUND");
        assertThat(api.queryWithToken(school.trainer().token(), SEND, Map.of("id", enrollment))
                .errorClassification()).as("a trainer of the school does not see enrollments").isEqualTo("NOT_FOUND");
        assertThat((Object) Fixtures.assertSucceeded(api.queryWithToken(school.admin().token(), READ,
                Map.of("id", enrollment))).read("$.data.enrollment.contract")).isNull();
    }

    @Test
    void theLearnerThenTheOrganisationSignAndTheLastSignatureStartsTheWithdrawalPeriod() {
        Newcomers.Person learner = people.newcomer();
        String localId = GlobalIds.localId(enrollment, "Enrollment");
        makeReadyForTheContract(localId, learner.subject());
        sentWithOpenGates(localId);
        Fixtures.eventually(() -> api.queryWithToken(school.admissions().token(), FOLLOWED, Map.of("id", enrollment)),
                reply -> "CONTRACT_SENT".equals(reply.find("$.data.enrollment.state")));

        var read = Fixtures.assertSucceeded(api.queryWithToken(learner.token(), READ, Map.of("id", enrollment)));
        assertThat((String) read.read("$.data.enrollment.contract.state")).isEqualTo("SENT");
        assertThat((String) read.read("$.data.enrollment.contract.kind")).isEqualTo("INDIVIDUAL");
        assertThat((List<String>) read.read("$.data.enrollment.contract.signatories[*].id"))
                .containsExactly("learner", "organisation");
        assertThat((Boolean) read.read("$.data.enrollment.contract.signatories[0].awaited")).isTrue();
        assertThat((Boolean) read.read("$.data.enrollment.contract.signatories[0].viewerSigns")).isTrue();
        String sha = read.read("$.data.enrollment.contract.documentSha256");
        String documentUrl = read.read("$.data.enrollment.contract.documentUrl");

        var tooEarly = sign(school.admin().token(), "organisation", sha);
        assertThat((List<String>) tooEarly.read("$.data.enrollmentContractSign.userErrors[*].code"))
                .containsExactly("INVALID_STATE");
        assertThat((List<String>) tooEarly.read("$.data.enrollmentContractSign.userErrors[0].field"))
                .containsExactly("input", "signatoryId");
        assertThat(sign(otherSchool.admin().token(), "organisation", sha).errorClassification())
                .isEqualTo("NOT_FOUND");
        var byLearner = Fixtures.assertSucceeded(sign(learner.token(), "learner", sha));
        assertThat((String) byLearner.read("$.data.enrollmentContractSign.contract.signatories[0].method"))
                .isEqualTo("ELECTRONIC");
        assertThat((Boolean) byLearner.read("$.data.enrollmentContractSign.contract.signatories[1].awaited"))
                .isTrue();

        var signed = Fixtures.assertSucceeded(sign(school.admin().token(), "organisation", sha));

        assertThat((String) signed.read("$.data.enrollmentContractSign.contract.state")).isEqualTo("SIGNED");
        assertThat((String) signed.read("$.data.enrollmentContractSign.contract.withdrawalEndsOn"))
                .isEqualTo(WithdrawalPeriod.endsOn(ContractKind.INDIVIDUAL, Set.of(FundingSource.LEARNER),
                        PlatformCalendar.today(clock)).toString());
        String withdrawalEnd = WithdrawalPeriod.endsOn(ContractKind.INDIVIDUAL, Set.of(FundingSource.LEARNER),
                PlatformCalendar.today(clock)).toString();
        var followed = Fixtures.eventually(() -> api.queryWithToken(school.admissions().token(), FOLLOWED,
                Map.of("id", enrollment)), reply -> "WITHDRAWAL_PERIOD".equals(reply.find("$.data.enrollment.state")));
        assertThat((String) followed.read("$.data.enrollment.withdrawalEndsOn"))
                .as("the enrollment follows the contract").isEqualTo(withdrawalEnd);
        var pdf = api.get(documentUrl, Map.of("Authorization", "Bearer " + learner.token()));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).containsExactly("application/pdf");
        assertThat(api.get(documentUrl, Map.of("Authorization", "Bearer " + otherSchool.admin().token())).status())
                .isEqualTo(404);
        assertThat(api.get(documentUrl + "?version=1", Map.of("Authorization", "Bearer " + school.finance()
                .token())).status()).as("finance reads the version sent").isEqualTo(200);
    }

    private GraphQlHttp.Reply sign(String token, String signatoryId, String sha) {
        return api.queryWithToken(token, SIGN, Map.of("id", enrollment, "input", Map.of("signatoryId", signatoryId,
                "documentSha256", sha)));
    }

    /**
     * Where the dossier and funding parts will take it: funding pending, the contact's account its learner (the
     * enrollment's core is the only writer of enrollments; this test stands in for its transitions).
     */
    private void makeReadyForTheContract(String id, String learnerSubject) {
        EnrollmentFixtures.rewrite(enrollmentStore, events, id, learnerSubject, EnrollmentState.FUNDING_PENDING,
                EnrollmentEvents.ENROLLMENT_ADVANCED);
    }

    /** The send's success path with the dossier complete and the learner paying it all (no funder to wait for). */
    private void sentWithOpenGates(String id) {
        FundingStatus secured = new FundingStatus(true, false, true, false, Set.of(FundingSource.LEARNER), false,
                Money.euros(1490), InstalmentOption.THREE);
        TrainingContractService openGates = new TrainingContractService(enrollmentStore, contracts, e -> true,
                e -> secured, new ContractParticularsSources(schools, programmes, sessions, contacts, memberships),
                documents, archive, signatures, events, clock);
        Actor admin = new Actor(school.admin().subject(), "Admin", EmailAddress.of(school.admin().email()), Set.of(),
                memberships.findActiveBySubject(school.admin().subject()));
        openGates.send(admin, id, new ContractSending(null, null, null, null, null, null,
                "Formateurs titulaires d'un CAP et de dix ans de métier"));
    }
}
