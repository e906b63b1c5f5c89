package fr.passerelle.api;

import static fr.passerelle.api.Fixtures.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.enrollment.model.EnrollmentState;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.shared.event.EventFactory;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Confirmation gives access, over the API: once an enrollment is confirmed, the contact is a LEARNER pointing to the
 * school's new learner profile, and their open deal is won; another school sees none of it.
 */
class EnrollmentJourneyTest extends ApiTest {

    private static final String CONTACT = """
            query($id: ID!) { node(id: $id) { ... on Contact { id roles learnerId } } }""";
    private static final String LEARNER = """
            query($id: ID!) { node(id: $id) { ... on Learner { id email status } } }""";
    private static final String DEAL = """
            query($id: ID!) { node(id: $id) { ... on Deal { id status stage { id }
              history { toStageId automationRuleId } } } }""";

    @Autowired
    private Enrollments store;

    @Autowired
    private EventFactory events;

    /**
     * Confirms the enrollment as the core's advance does at the end of the withdrawal period: the state and its
     * {@code enrollment.confirmed} event, in one write (the gates that lead there are the other parts' tests).
     */
    private void confirm(String enrollmentGlobalId) {
        String id = Fixtures.localIdOf(enrollmentGlobalId);
        EnrollmentFixtures.rewrite(store, events, id, store.findById(id).orElseThrow().learnerSubject(),
                EnrollmentState.CONFIRMED, EnrollmentEvents.ENROLLMENT_CONFIRMED);
    }

    @Test
    void aConfirmedEnrollmentMakesTheContactALearnerWithAProfileAndWinsTheDeal() {
        EnrollmentFixtures fixtures = new EnrollmentFixtures(api, given, people);
        EnrollmentFixtures.School school = fixtures.school();
        String session = fixtures.openSession(school, 3);
        String contact = fixtures.contact(school, "Journey");
        String pipeline = Fixtures.assertSucceeded(api.queryWithToken(school.admin().token(), CrmDealsTest.PIPELINES,
                Map.of("school", school.id()))).read("$.data.pipelines[0].id");
        String deal = Fixtures.assertSucceeded(api.queryWithToken(school.admissions().token(),
                CrmDealsTest.DEAL_CREATE, Map.of("school", school.id(), "input", Map.of("pipelineId", pipeline,
                        "contactId", contact, "title", "Coaching équipe garage")))).read("$.data.dealCreate.deal.id");
        String enrollment = fixtures.enrolled(school, session, contact);

        confirm(enrollment);

        String learnerId = eventually(() -> api.queryWithToken(school.admissions().token(), CONTACT,
                Map.of("id", contact)).<String>read("$.data.node.learnerId"), Objects::nonNull);
        var read = Fixtures.assertSucceeded(api.queryWithToken(school.admissions().token(), CONTACT,
                Map.of("id", contact)));
        assertThat(read.<List<String>>read("$.data.node.roles")).contains("LEARNER");
        var learner = Fixtures.assertSucceeded(api.queryWithToken(school.admin().token(), LEARNER,
                Map.of("id", learnerId)));
        assertThat(learner.<String>read("$.data.node.status")).isEqualTo("ENROLLED");
        assertThat(learner.<String>read("$.data.node.email")).startsWith("journey-");
        assertThat(eventually(() -> store.findById(Fixtures.localIdOf(enrollment)).orElseThrow().learnerId(),
                Objects::nonNull)).isEqualTo(Fixtures.localIdOf(learnerId));

        var won = eventually(() -> api.queryWithToken(school.admissions().token(), DEAL, Map.of("id", deal)),
                reply -> "WON".equals(reply.read("$.data.node.status")));
        assertThat(won.<List<String>>read("$.data.node.history[*].automationRuleId"))
                .contains(EnrollmentEvents.ENROLLMENT_CONFIRMED);

        // Another school's admin sees neither the contact, nor the profile, nor the deal.
        for (var probe : List.of(Map.entry(CONTACT, contact), Map.entry(LEARNER, learnerId), Map.entry(DEAL, deal))) {
            var theirs = api.query("school-admin-b", probe.getKey(), Map.of("id", probe.getValue()));
            assertThat(theirs.<Object>find("$.data.node")).isNull();
        }
    }
}
