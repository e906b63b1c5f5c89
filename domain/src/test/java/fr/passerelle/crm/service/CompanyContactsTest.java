package fr.passerelle.crm.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.AgreementEvents;
import fr.passerelle.agreement.model.AgreementStatus;
import fr.passerelle.agreement.model.AgreementTerms;
import fr.passerelle.agreement.model.Parties;
import fr.passerelle.agreement.model.Party;
import fr.passerelle.agreement.model.Signatory;
import fr.passerelle.agreement.model.SignatoryRole;
import fr.passerelle.agreement.model.Signature;
import fr.passerelle.agreement.model.SignatureMethod;
import fr.passerelle.agreement.model.SignedDocument;
import fr.passerelle.agreement.model.SigningCircuit;
import fr.passerelle.agreement.rules.InternshipPeriod;
import fr.passerelle.agreement.rules.ProposedGratification;
import fr.passerelle.agreement.rules.WeekPattern;
import fr.passerelle.agreement.rules.WeeklySchedule;
import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.model.ContactDraft;
import fr.passerelle.crm.model.ContactRole;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.MembershipEvents;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.privacy.model.DataSubject;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.model.Money;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryAgreements;
import fr.passerelle.testing.InMemoryContacts;
import fr.passerelle.testing.InMemoryErasedPeople;
import fr.passerelle.testing.InMemoryMemberships;
import fr.passerelle.testing.InMemoryTargets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Company members become COMPANY_CONTACTs, once, of the schools their company took part in an agreement with. */
class CompanyContactsTest {

    private static final String COMPANY = "garage";

    private final InMemoryMemberships memberships = new InMemoryMemberships();
    private final InMemoryAgreements agreements = new InMemoryAgreements();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final ContactService service = new ContactService(contacts, new InMemoryTargets(),
            memberships, Fixtures.countingIds("contact-"), Fixtures.events(), Fixtures.CLOCK);
    private final InMemoryErasedPeople erased = new InMemoryErasedPeople();
    private final CompanyContacts companyContacts = new CompanyContacts(memberships, agreements, erased, contacts,
            service, Fixtures.events(), Fixtures.CLOCK);

    private Membership member(String id, String email) {
        Membership member = Membership.invite(id, Tenant.company(COMPANY), MembershipRole.RECRUITER,
                EmailAddress.of(email), "system", Fixtures.NOW).activate("kc-" + id, Fixtures.NOW);
        memberships.seed(member);
        return member;
    }

    private static DomainEvent activated(Membership member) {
        return new DomainEvent("evt-" + member.id(), MembershipEvents.ACTIVATED, "Membership", member.id(), 1,
                Initiator.system(), Fixtures.NOW, List.of(), MembershipEvents.attributesOf(member));
    }

    private Agreement agreement(String id, String schoolId, String companyId) {
        return agreement(id, "app-" + id, schoolId, companyId);
    }

    /** {@code applicationId} null: a draft the school made on its own, the company having done nothing yet. */
    private Agreement agreement(String id, String applicationId, String schoolId, String companyId) {
        Party signatory = new Party("Claire Garage", "claire@garage.example", "Gérante");
        Parties parties = new Parties(new Party("Léa Martin", "lea@example.fr", null), null,
                new Party("Garage", "contact@garage.example", null), "12345678900011", signatory,
                new Party("Marc Petit", "marc@garage.example", null), new Party("École", "e@school.example", null),
                new Party("Nadia", "n@school.example", null), new Party("Hugo", "h@school.example", null));
        AgreementTerms terms = new AgreementTerms(InternshipPeriod.inFrance(LocalDate.of(2025, 4, 7),
                LocalDate.of(2025, 6, 6), WeeklySchedule.regular(WeekPattern.FULL_TIME)), "Atelier", List.of(),
                false, false, new ProposedGratification.Hourly(Money.euros(5)), null, null, null, null, null, null,
                List.of(), null);
        SigningCircuit circuit = new SigningCircuit(List.of(new SigningCircuit.Step(List.of(new Signatory("s",
                SignatoryRole.SCHOOL_SIGNATORY, "Nadia", "n@school.example", null, null)))));
        Agreement agreement = Agreement.draft(id, applicationId, "learner-" + id, null, schoolId, companyId, parties,
                terms, circuit, "admin", Fixtures.NOW);
        agreements.seed(agreement);
        return agreement;
    }

    /** The agreement as stored once someone in this role signed its first version. */
    private Agreement signedBy(Agreement agreement, SignatoryRole role) {
        SignedDocument signing = new SignedDocument(agreement.signing().circuit(), 1, "sha", List.of(new Signature(
                "x", role, SignatureMethod.ELECTRONIC, "Claire", "kc-x", Fixtures.NOW, 1, "sha", null)), true);
        Agreement signed = new Agreement(agreement.id(), agreement.applicationId(), agreement.learnerId(),
                agreement.learnerSubject(), agreement.schoolId(), agreement.companyId(), agreement.parties(),
                agreement.terms(), AgreementStatus.OUT_FOR_SIGNATURE, signing, List.of(), null, null, null,
                agreement.createdBy(), agreement.createdAt(), Fixtures.NOW, agreement.version() + 1);
        agreements.seed(signed);
        return signed;
    }

    private static DomainEvent agreementEvent(String type, Agreement agreement) {
        return new DomainEvent("evt-" + type + agreement.version(), type, "Agreement", agreement.id(),
                agreement.version(), Initiator.system(), Fixtures.NOW, List.of(),
                Map.of("school", "school:" + agreement.schoolId()));
    }

    private List<Contact> companyContactsOf(String schoolId) {
        return contacts.all().stream().filter(c -> c.schoolId().equals(schoolId)
                && c.roles().contains(ContactRole.COMPANY_CONTACT)).toList();
    }

    @Test
    void aRecruiterJoiningACompanyBecomesAContactOfEachSchoolWithAnAgreementOnce() {
        agreement("a1", "school-b", COMPANY);
        agreement("a2", "school-c", "another-company");
        Membership claire = member("m1", "claire@garage.example");
        Membership paul = member("m2", "paul.durand@garage.example");

        companyContacts.on(activated(claire));
        companyContacts.on(activated(claire));
        companyContacts.on(activated(paul));

        assertThat(companyContactsOf("school-b")).extracting(Contact::displayName)
                .containsExactlyInAnyOrder("Claire Garage", "paul.durand");
        Contact contact = companyContactsOf("school-b").stream().filter(c -> c.displayName().equals("Claire Garage"))
                .findFirst().orElseThrow();
        assertThat(contact.details().links().companyId()).isEqualTo(COMPANY);
        assertThat(contact.details().links().platformSubject()).isEqualTo("kc-m1");
        assertThat(contact.details().phone()).isNull();
        assertThat(contact.id()).isEqualTo(CompanyContacts.idFor("school-b", "m1"));
        assertThat(companyContactsOf("school-c")).isEmpty();
        assertThat(contacts.size()).as("replayed: nothing twice").isEqualTo(2);
    }

    @Test
    void aContactAlreadyHoldingTheEmailGainsTheRoleAndLinksInsteadOfATwin() {
        Contact known = service.create(Actors.member(memberships, "amina", Tenant.school("school-b"),
                MembershipRole.ADMISSIONS), "school-b", new ContactDraft("Claire", "Dubois", "Claire@garage.example",
                null, null, null, null, null, null, null, null, null), Set.of(), List.of(), null);
        agreement("a1", "school-b", COMPANY);
        Membership claire = member("m1", "claire@garage.example");

        companyContacts.on(activated(claire));
        companyContacts.on(activated(claire));

        Contact linked = contacts.findById(known.id()).orElseThrow();
        assertThat(linked.roles()).containsExactlyInAnyOrder(ContactRole.PROSPECT, ContactRole.COMPANY_CONTACT);
        assertThat(linked.details().links().platformSubject()).isEqualTo("kc-m1");
        assertThat(linked.displayName()).as("staff's values are kept").isEqualTo("Claire Dubois");
        assertThat(contacts.size()).isEqualTo(1);
        assertThat(contacts.eventTypes()).containsExactly("contact.created", "contact.linked");
    }

    @Test
    void aDraftTheSchoolMadeOnItsOwnRelatesNothingUntilTheCompanySigns() {
        Membership claire = member("m1", "claire@garage.example");
        Agreement direct = agreement("a1", null, "school-b", COMPANY);

        companyContacts.on(agreementEvent(AgreementEvents.CREATED, direct));
        companyContacts.on(activated(claire));
        companyContacts.on(agreementEvent(AgreementEvents.SIGNATURE_ADDED, signedBy(direct, SignatoryRole.LEARNER)));
        assertThat(companyContactsOf("school-b")).isEmpty();

        companyContacts.on(agreementEvent(AgreementEvents.SIGNATURE_ADDED, signedBy(direct, SignatoryRole.TUTOR)));
        assertThat(companyContactsOf("school-b")).extracting(Contact::displayName).containsExactly("Claire Garage");
        Membership paul = member("m2", "paul@garage.example");
        companyContacts.on(activated(paul));
        assertThat(companyContactsOf("school-b")).hasSize(2);
    }

    @Test
    void anErasedMembersContactIsNotMadeAgainByAReplayedEvent() {
        agreement("a1", "school-b", COMPANY);
        Membership claire = member("m1", "claire@garage.example");
        companyContacts.on(activated(claire));
        contacts.delete(CompanyContacts.idFor("school-b", "m1"));
        erased.remember(new DataSubject("kc-m1", Set.of(), Set.of(EmailAddress.of("claire@garage.example"))),
                Fixtures.NOW);

        companyContacts.on(activated(claire));

        assertThat(companyContactsOf("school-b")).isEmpty();
    }

    @Test
    void aNewAgreementBringsTheCompanysMembersIntoThatSchoolsCrm() {
        member("m1", "claire@garage.example");
        Agreement agreement = agreement("a1", "school-b", COMPANY);

        companyContacts.on(new DomainEvent("evt-a1", AgreementEvents.CREATED, "Agreement", agreement.id(), 0,
                Initiator.system(), Fixtures.NOW, List.of(), Map.of("school", "school:school-b")));

        assertThat(companyContactsOf("school-b")).extracting(Contact::displayName).containsExactly("Claire Garage");
        assertThat(companyContacts.accepts(activated(member("m9", "x@y.example")))).isTrue();
        assertThat(companyContacts.accepts(new DomainEvent("e", MembershipEvents.ACTIVATED, "Membership", "m", 1,
                Initiator.system(), Fixtures.NOW, List.of(), Map.of("tenant", "school:s1")))).isFalse();
    }
}
