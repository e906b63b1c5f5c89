package fr.passerelle.api;

import static fr.passerelle.api.Fixtures.delivery;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A company's staff become COMPANY_CONTACTs of a school only once the company takes part in an agreement with it
 * (here: the agreement comes from an application the company accepted). A draft the school makes on its own, naming
 * any company, brings none of that company's staff into its CRM.
 */
class CrmCompanyContactsTest extends AgreementApiTest {

    private static final String HANDLER = "crm-company-contacts";
    private static final String COMPANY_CONTACTS = """
            query($id: ID!) { node(id: $id) { ... on School {
              contacts(first: 100, filter: {roles: [COMPANY_CONTACT]}) { edges { node { email phone roles source } } }
            } } }""";

    @Test
    void aRecruiterJoiningGarageMartinBecomesACompanyContactOfTheSchoolWhoseAgreementTheCompanyTookPartIn() {
        var recruiter = people.newcomer();
        String membership = given.inviteToCompany("recruiter-x", COMPANY_X, recruiter.email(), "RECRUITER");
        Fixtures.assertSucceeded(api.queryWithToken(recruiter.token(), Fixtures.ACCEPT, Map.of("id", membership)));
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        drafted(fullTime(start, start.plusWeeks(4).minusDays(3)));

        // Behind the demo data's start-up backlog when this test opens the shared context: more patience.
        Map<String, Object> contact = Awaitility.await().atMost(Fixtures.PATIENCE.multipliedBy(3))
                .pollInterval(Duration.ofMillis(200)).until(() -> companyContactsOf(SCHOOL_A, recruiter.email()),
                        found -> !found.isEmpty()).get(0);
        assertThat(contact).containsEntry("source", "PLATFORM").containsEntry("phone", null);
        assertThat(contact.get("roles")).isEqualTo(List.of("COMPANY_CONTACT"));
        given.awaitJob("DONE", delivery(membership, "membership.activated", HANDLER));
        assertThat(companyContactsOf(SCHOOL_B, recruiter.email()))
                .as("school B's only agreement with Garage Martin is a draft of its own").isEmpty();
    }

    @Test
    void aDirectDraftWithACompanyThatTookNoPartCreatesNoContacts() {
        var recruiter = people.newcomer();
        String membership = given.inviteToCompany("recruiter-y", COMPANY_Y, recruiter.email(), "RECRUITER");
        Fixtures.assertSucceeded(api.queryWithToken(recruiter.token(), Fixtures.ACCEPT, Map.of("id", membership)));
        given.awaitJob("DONE", delivery(membership, "membership.activated", HANDLER));
        String learner = (String) register("school-admin-b", SCHOOL_B, "Sacha", Fixtures.unique("Voisin"),
                Fixtures.freshEmail()).get("id");
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);

        String agreement = given.succeed("school-admin-b", AGREEMENT_CREATE_DIRECT, Map.of("learner", learner,
                        "company", COMPANY_Y, "input", input(named(), fullTime(start, start.plusWeeks(4).minusDays(3)))))
                .read("$.data.internshipAgreementCreateDirect.agreement.id");
        // jobs name the aggregate (Agreement), the API the node type (InternshipAgreement): compare the local ids
        String local = Fixtures.localIdOf(agreement);
        given.awaitJob("DONE", job -> "agreement.created".equals(job.get("eventType"))
                && HANDLER.equals(job.get("handler")) && local.equals(Fixtures.localIdOf((String) job.get("objectId"))));

        assertThat(companyContactsOf(SCHOOL_B, recruiter.email())).isEmpty();
    }

    /** The school's COMPANY_CONTACTs holding this e-mail, as its admissions advisor lists them. */
    private List<Map<String, Object>> companyContactsOf(String school, String email) {
        String persona = school.equals(SCHOOL_A) ? "school-admin-a" : "admissions-b";
        return api.query(persona, COMPANY_CONTACTS, Map.of("id", school))
                .<List<Map<String, Object>>>read("$.data.node.contacts.edges[*].node").stream()
                .filter(node -> email.equalsIgnoreCase((String) node.get("email"))).toList();
    }
}
