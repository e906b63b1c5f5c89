package fr.passerelle.crm.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.model.ContactDraft;
import fr.passerelle.crm.model.ContactEvents;
import fr.passerelle.crm.model.ContactRole;
import fr.passerelle.crm.model.DuplicateContactException;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.learner.model.Academic;
import fr.passerelle.learner.model.ArrivalSource;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.model.LearnerEvents;
import fr.passerelle.learner.model.LearnerIdentity;
import fr.passerelle.learner.model.LearnerType;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryContacts;
import fr.passerelle.testing.InMemoryLearners;
import fr.passerelle.testing.InMemoryTargets;
import fr.passerelle.testing.InMemoryMemberships;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Contacts' use cases on in-memory stores: who may do what, duplicates, owners, learners becoming contacts. */
class ContactServiceTest {

    static final Tenant SCHOOL = Tenant.school("s1");

    private final InMemoryMemberships memberships = new InMemoryMemberships();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final InMemoryLearners learners = new InMemoryLearners();
    private final ContactService service = new ContactService(contacts, new InMemoryTargets(), memberships,
            Fixtures.countingIds("contact-"), Fixtures.events(), Fixtures.CLOCK);
    private final LearnerContacts learnerContacts = new LearnerContacts(learners, contacts, service,
            Fixtures.events(), Fixtures.CLOCK);

    private final Actor admissions = Actors.member(memberships, "amina", SCHOOL, MembershipRole.ADMISSIONS);
    private final Actor finance = Actors.member(memberships, "fanny", SCHOOL, MembershipRole.FINANCE);
    private final Actor staff = Actors.member(memberships, "sam", SCHOOL, MembershipRole.SCHOOL_STAFF);

    private static ContactDraft draft(String family, String email, String phone) {
        return new ContactDraft("Léa", family, email, phone, null, null, null, null, null, null, null, null);
    }

    @Test
    void aDuplicateIsReportedWithTheContactAlreadyThereAndOnlyWorkersCreate() {
        Contact first = service.create(admissions, "s1", draft("Martin", "lea@example.test", "+33612345678"),
                Set.of(), List.of(), null);
        assertThatThrownBy(() -> service.create(admissions, "s1", draft("Autre", null, "+33 0612345678"), Set.of(),
                List.of(), null)).isInstanceOfSatisfying(DuplicateContactException.class,
                e -> assertThat(e.existingId()).isEqualTo(first.id()));
        assertThatThrownBy(() -> service.create(finance, "s1", draft("Noir", "noir@example.test", null), Set.of(),
                List.of(), null)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.create(staff, "s1", draft("Noir", "noir@example.test", null), Set.of(),
                List.of(), null)).isInstanceOf(NotFoundException.class);
        assertThat(service.find(staff, first.id())).isEmpty();
        assertThat(service.find(finance, first.id())).contains(first);
        assertThat(contacts.eventTypes()).containsExactly(ContactEvents.CREATED);
    }

    @Test
    void anOwnerMustWorkTheSchoolsCrm() {
        Contact contact = service.create(admissions, "s1", draft("Martin", "lea@example.test", null), Set.of(),
                List.of(), null);
        assertThat(service.assignOwner(admissions, contact.id(), "amina").owner()).isEqualTo("amina");
        assertThatThrownBy(() -> service.assignOwner(admissions, contact.id(), "fanny"))
                .isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> service.removeRoles(admissions, contact.id(), Set.of(ContactRole.PROSPECT)))
                .isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void aLearnerOfTheSchoolBecomesALearnerContactOnceAndIsLinkedToTheContactHoldingTheirEmail() {
        Contact prospect = service.create(admissions, "s1", draft("Dupont", "jean@example.test", null), Set.of(),
                List.of(), null);
        Learner jean = learner("l1", "jean@example.test");
        Learner zoe = learner("l2", "zoe@example.test");
        learners.seed(jean);
        learners.seed(zoe);

        learnerContacts.on(registered(jean));
        learnerContacts.on(registered(zoe));
        learnerContacts.on(registered(zoe));

        Contact linked = contacts.findById(prospect.id()).orElseThrow();
        assertThat(linked.roles()).containsExactlyInAnyOrder(ContactRole.PROSPECT, ContactRole.LEARNER);
        assertThat(linked.details().links().learnerId()).isEqualTo("l1");
        assertThat(contacts.findByLearner("s1", "l2")).hasValueSatisfying(contact ->
                assertThat(contact.roles()).containsExactly(ContactRole.LEARNER));
        assertThat(contacts.size()).isEqualTo(2);
    }

    @Test
    void whenThePersonClaimsTheProfileTheSchoolRegisteredTheirContactIsLinkedToTheirAccount() {
        Contact lead = service.create(admissions, "s1", draft("Dupont", "jean@example.test", null), Set.of(),
                List.of(), null);
        Learner registered = learner("l1", "jean@example.test");
        learners.seed(registered);
        learnerContacts.on(registered(registered));
        assertThat(contacts.findById(lead.id()).orElseThrow().details().links().platformSubject()).isNull();

        Learner claimed = registered.claimedBy("jean-account", Fixtures.NOW);
        learners.seed(claimed);
        DomainEvent claim = Fixtures.events().created(LearnerEvents.CLAIMED, Initiator.system(), claimed, Map.of());
        learnerContacts.on(claim);
        learnerContacts.on(claim);

        Contact linked = contacts.findById(lead.id()).orElseThrow();
        assertThat(linked.details().links().platformSubject()).isEqualTo("jean-account");
        assertThat(linked.details().links().learnerId()).isEqualTo("l1");
        assertThat(contacts.size()).isEqualTo(1);
    }

    @Test
    void aLearnersContactHasAnIdOfTheirOwnSoConcurrentDeliveriesCannotCreateTwo() {
        Learner zoe = learner("l2", "zoe@example.test");
        learners.seed(zoe);

        learnerContacts.on(registered(zoe));

        assertThat(contacts.findByLearner("s1", "l2")).hasValueSatisfying(contact ->
                assertThat(contact.id()).isEqualTo(LearnerContacts.idFor("s1", "l2")));
        assertThat(LearnerContacts.idFor("s1", "l2")).isNotEqualTo(LearnerContacts.idFor("s2", "l2"));
    }

    @Test
    void aContactLinkedToOneLearnerIsNeverRelinkedToAnotherWhoSharesItsPhone() {
        Learner jean = learner("l1", "jean@example.test", "+33612345678");
        Learner zoe = learner("l2", "zoe@example.test", "+33612345678");
        Learner twin = learner("l3", "jean@example.test", "+33612345678");
        learners.seed(jean);
        learners.seed(zoe);
        learners.seed(twin);

        learnerContacts.on(registered(jean));
        learnerContacts.on(registered(zoe));
        learnerContacts.on(registered(twin));

        assertThat(contacts.findByLearner("s1", "l1")).hasValueSatisfying(contact ->
                assertThat(contact.details().email().value()).isEqualTo("jean@example.test"));
        assertThat(contacts.findByLearner("s1", "l2")).hasValueSatisfying(contact -> {
            assertThat(contact.details().email().value()).isEqualTo("zoe@example.test");
            assertThat(contact.details().phone()).isNull();
        });
        assertThat(contacts.findByLearner("s1", "l3")).isEmpty();
        assertThat(contacts.size()).isEqualTo(2);
    }

    private static Learner learner(String id, String email, String phone) {
        var identity = new LearnerIdentity("Jean", "Dupont", EmailAddress.of(email), phone, null, null);
        return Learner.register(id, null, identity, LearnerType.STUDENT, ArrivalSource.SCHOOL_IMPORT,
                new Academic("s1", null, null, null, List.of(), List.of(), List.of()), "staff", Fixtures.NOW);
    }

    private static Learner learner(String id, String email) {
        return learner(id, email, null);
    }

    private static DomainEvent registered(Learner learner) {
        return Fixtures.events().created(LearnerEvents.REGISTERED, Initiator.system(), learner,
                Map.of());
    }
}
