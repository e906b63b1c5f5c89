package fr.passerelle.enrollment.service;

import fr.passerelle.testing.InMemoryEnrollments;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.model.ContactDetails;
import fr.passerelle.crm.model.ContactEvents;
import fr.passerelle.crm.model.ContactLinks;
import fr.passerelle.crm.model.ContactRole;
import fr.passerelle.crm.model.ContactSituation;
import fr.passerelle.crm.model.ContactSource;
import fr.passerelle.crm.model.Deal;
import fr.passerelle.crm.model.DefaultPipeline;
import fr.passerelle.crm.model.StageKind;
import fr.passerelle.crm.port.in.DealUseCases.DealCommand;
import fr.passerelle.crm.service.ContactService;
import fr.passerelle.crm.service.DealService;
import fr.passerelle.crm.service.LearnerContacts;
import fr.passerelle.enrollment.model.Applicant;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.enrollment.model.EnrollmentState;
import fr.passerelle.enrollment.port.out.ContactEnrollments;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.learner.model.Academic;
import fr.passerelle.learner.model.ArrivalSource;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.model.LearnerEvents;
import fr.passerelle.learner.model.LearnerIdentity;
import fr.passerelle.learner.model.LearnerStatus;
import fr.passerelle.learner.model.LearnerType;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryContacts;
import fr.passerelle.testing.InMemoryCrm.InMemoryDeals;
import fr.passerelle.testing.InMemoryCrm.InMemoryPipelines;
import fr.passerelle.testing.InMemoryCrm.KnownContacts;
import fr.passerelle.testing.InMemoryLearners;
import fr.passerelle.testing.InMemoryMemberships;
import fr.passerelle.testing.InMemoryStore;
import fr.passerelle.testing.InMemoryTargets;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Confirmation gives access: the learner profile created or linked, the LEARNER role, the enrollment pointing to the
 * profile, the deal won; all idempotent.
 */
class EnrollmentJourneyTest {

    static final String SCHOOL = "school-1";
    /** The session of {@code CatalogSamples.openSession}, so seats and enrollments meet in the merge tests. */
    static final String SESSION = "s1";

    static Enrollment enrollment(String id, String contactId) {
        return new Enrollment(id, SCHOOL, "programme-1", SESSION, contactId, null, null,
                new Applicant(ContactSituation.JOB_SEEKER, false), true, EnrollmentState.CONFIRMED, null, null,
                List.of(), "advisor-1", Fixtures.NOW, Fixtures.NOW, 3);
    }

    static DomainEvent confirmed(Enrollment enrollment) {
        return new DomainEvent("event-confirmed-" + enrollment.id(), EnrollmentEvents.ENROLLMENT_CONFIRMED,
                "Enrollment", enrollment.id(), enrollment.version(), Initiator.system(), Fixtures.NOW, List.of(),
                EnrollmentService.attributes(enrollment));
    }

    private final InMemoryMemberships memberships = new InMemoryMemberships();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final InMemoryLearners learners = new InMemoryLearners();
    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    private final ContactService contactService = new ContactService(contacts, new InMemoryTargets(), memberships,
            Fixtures.countingIds("contact-"), Fixtures.events(), Fixtures.CLOCK);
    private final LearnerContacts learnerContacts = new LearnerContacts(learners, contacts, contactService,
            Fixtures.events(), Fixtures.CLOCK);
    private final EnrollmentLearners subscriber = new EnrollmentLearners(enrollments, contacts, learners,
            learnerContacts, Fixtures.events(), Fixtures.CLOCK);

    private final InMemoryPipelines pipelines = new InMemoryPipelines();
    private final InMemoryDeals deals = new InMemoryDeals();
    private final DealService dealService = new DealService(deals, pipelines,
            new KnownContacts().add(SCHOOL, "contact-1", "contact-2"), memberships, Fixtures.countingIds("deal-"),
            Fixtures.events(), Fixtures.CLOCK);
    private final EnrollmentDeals dealsSubscriber = new EnrollmentDeals(enrollments, deals, pipelines, dealService);
    private final Actor admissions = Actors.member(memberships, "advisor-1", Tenant.school(SCHOOL),
            MembershipRole.ADMISSIONS);

    private Contact contact(String id, String email, ContactLinks links) {
        Contact contact = Contact.create(id, SCHOOL, new ContactDetails("Léa", "Martin",
                        email == null ? null : EmailAddress.of(email), "+33612345678", null, null, null,
                        ContactSource.OTHER, null, links), Set.of(ContactRole.PROSPECT), null, Set.of(),
                "advisor-1", Fixtures.NOW);
        contacts.seed(contact);
        return contact;
    }

    private Enrollment seeded(String id, String contactId) {
        Enrollment enrollment = enrollment(id, contactId);
        enrollments.seed(enrollment);
        return enrollment;
    }

    private static Learner learner(String id, String schoolId, String subject) {
        return Learner.register(id, subject, new LearnerIdentity("Léa", "Martin", EmailAddress.of("lea@example.test"),
                        null, null, null), LearnerType.STUDENT, ArrivalSource.SCHOOL_IMPORT,
                new Academic(schoolId, null, null, null, List.of(), List.of(), List.of()), "staff", Fixtures.NOW);
    }

    @Test
    void confirmationCreatesTheProfileFromTheContactGivesTheRoleAndRecordsItOnTheEnrollment() {
        contact("contact-1", "lea@example.test", null);
        Enrollment enrollment = seeded("enrollment-1", "contact-1");

        subscriber.on(confirmed(enrollment));

        String learnerId = EnrollmentLearners.idFor(SCHOOL, "contact-1");
        Learner learner = learners.findById(learnerId).orElseThrow();
        assertThat(learner.identity().displayName()).isEqualTo("Léa Martin");
        assertThat(learner.identity().email()).isEqualTo(EmailAddress.of("lea@example.test"));
        assertThat(learner.academic().schoolId()).isEqualTo(SCHOOL);
        assertThat(learner.status()).isEqualTo(LearnerStatus.ENROLLED);
        assertThat(learner.type()).isEqualTo(LearnerType.JOB_SEEKER);
        assertThat(learner.subject()).isNull();
        assertThat(learners.eventTypes()).containsExactly(LearnerEvents.REGISTERED);
        Contact linked = contacts.findById("contact-1").orElseThrow();
        assertThat(linked.roles()).containsExactlyInAnyOrder(ContactRole.PROSPECT, ContactRole.LEARNER);
        assertThat(linked.details().links().learnerId()).isEqualTo(learnerId);
        assertThat(enrollments.findById("enrollment-1").orElseThrow().learnerId()).isEqualTo(learnerId);
        assertThat(enrollments.events()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(EnrollmentEvents.ENROLLMENT_LEARNER_LINKED);
            assertThat(event.attributes()).containsEntry(EnrollmentEvents.SCHOOL_ID, SCHOOL)
                    .containsEntry(EnrollmentEvents.CONTACT_ID, "contact-1");
        });
        // The learner's own event finds the contact already linked: LearnerContacts makes no twin.
        learnerContacts.on(learners.events().get(0));
        assertThat(contacts.size()).isEqualTo(1);
    }

    @Test
    void aRedeliveryChangesNothing() {
        contact("contact-1", "lea@example.test", null);
        Enrollment enrollment = seeded("enrollment-1", "contact-1");

        subscriber.on(confirmed(enrollment));
        subscriber.on(confirmed(enrollment));

        assertThat(learners.size()).isEqualTo(1);
        assertThat(learners.events()).hasSize(1);
        assertThat(contacts.events()).extracting(DomainEvent::type).containsExactly(ContactEvents.LINKED);
        assertThat(enrollments.events()).hasSize(1);
    }

    @Test
    void theProfileTheContactPointsToIsLinkedNotCopied() {
        learners.seed(learner("learner-7", SCHOOL, null));
        contact("contact-1", "lea@example.test", new ContactLinks(null, null, null, "learner-7"));
        Enrollment enrollment = seeded("enrollment-1", "contact-1");

        subscriber.on(confirmed(enrollment));

        assertThat(learners.size()).isEqualTo(1);
        assertThat(enrollments.findById("enrollment-1").orElseThrow().learnerId()).isEqualTo("learner-7");
        assertThat(contacts.findById("contact-1").orElseThrow().roles()).contains(ContactRole.LEARNER);
    }

    @Test
    void theProfileOfTheContactsPlatformAccountAtThisSchoolIsLinkedAndOneElsewhereLeavesTheNewOneUnclaimed() {
        learners.seed(learner("learner-own", SCHOOL, "subject-lea"));
        contact("contact-1", "lea@example.test", new ContactLinks(null, null, "subject-lea", null));
        learners.seed(learner("learner-other-school", "school-2", "subject-zoe"));
        contact("contact-2", "zoe@example.test", new ContactLinks(null, null, "subject-zoe", null));

        subscriber.on(confirmed(seeded("enrollment-1", "contact-1")));
        subscriber.on(confirmed(seeded("enrollment-2", "contact-2")));

        assertThat(enrollments.findById("enrollment-1").orElseThrow().learnerId()).isEqualTo("learner-own");
        Learner created = learners.findById(EnrollmentLearners.idFor(SCHOOL, "contact-2")).orElseThrow();
        assertThat(created.subject()).as("an account owns one profile").isNull();
        assertThat(contacts.findById("contact-2").orElseThrow().details().links().platformSubject())
                .isEqualTo("subject-zoe");
    }

    @Test
    void concurrentConfirmationsOfOnePersonsEnrollmentsCreateOneProfile() {
        contact("contact-1", "lea@example.test", null);
        Enrollment first = seeded("enrollment-1", "contact-1");
        Enrollment second = seeded("enrollment-2", "contact-1");
        // The other delivery inserts the same profile between this one's reads and its insert.
        learners.beforeNextWrite(() -> learners.seed(learner(EnrollmentLearners.idFor(SCHOOL, "contact-1"), SCHOOL,
                null)));

        subscriber.on(confirmed(first));
        subscriber.on(confirmed(second));

        assertThat(learners.size()).isEqualTo(1);
        assertThat(enrollments.all()).extracting(Enrollment::learnerId)
                .containsOnly(EnrollmentLearners.idFor(SCHOOL, "contact-1"));
    }

    @Test
    void aContactWithoutAnEmailGetsNoProfile() {
        contact("contact-1", null, null);
        Enrollment enrollment = seeded("enrollment-1", "contact-1");

        subscriber.on(confirmed(enrollment));

        assertThat(learners.size()).isZero();
        assertThat(enrollments.events()).isEmpty();
    }

    private Deal deal(String contactId, String offeringRef) {
        return dealService.create(admissions, SCHOOL, new DealCommand(DefaultPipeline.idFor(SCHOOL), null, contactId,
                offeringRef, "Coaching", null, Money.euros(890), null, null));
    }

    @Test
    void confirmationWinsTheContactsOpenDealForItsProgrammeAndLeavesTheOthers() {
        Deal forIt = deal("contact-1", "programme-1");
        Deal otherProgramme = deal("contact-1", "programme-9");
        Deal unnamed = deal("contact-1", null);
        Deal someoneElse = deal("contact-2", "programme-1");
        Enrollment enrollment = seeded("enrollment-1", "contact-1");

        dealsSubscriber.on(confirmed(enrollment));
        dealsSubscriber.on(confirmed(enrollment));

        Deal won = deals.findById(forIt.id()).orElseThrow();
        assertThat(won.status()).isEqualTo(StageKind.WON);
        assertThat(won.stageId()).isEqualTo(DefaultPipeline.CONFIRMED);
        assertThat(won.history().get(won.history().size() - 1).automation()).isEqualTo(EnrollmentDeals.ORIGIN);
        assertThat(List.of(otherProgramme, unnamed, someoneElse)).allSatisfy(deal ->
                assertThat(deals.findById(deal.id()).orElseThrow().isOpen()).isTrue());
        assertThat(deals.eventTypes()).filteredOn("deal.won"::equals).hasSize(1);
    }

    @Test
    void withoutADealNamingTheOfferingTheOpenDealsNamingNoneAreWon() {
        Deal otherProgramme = deal("contact-1", "programme-9");
        Deal unnamed = deal("contact-1", null);

        dealsSubscriber.on(confirmed(seeded("enrollment-1", "contact-1")));

        assertThat(deals.findById(unnamed.id()).orElseThrow().status()).isEqualTo(StageKind.WON);
        assertThat(deals.findById(otherProgramme.id()).orElseThrow().isOpen()).isTrue();
    }

    @Test
    void withoutAnOpenDealNothingMovesAndNoDealIsInvented() {
        dealsSubscriber.on(confirmed(seeded("enrollment-1", "contact-1")));

        assertThat(deals.size()).isZero();
        assertThat(deals.events()).isEmpty();
    }
}
