package fr.passerelle.crm.service;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.AgreementEvents;
import fr.passerelle.agreement.model.Parties;
import fr.passerelle.agreement.model.Party;
import fr.passerelle.agreement.model.SignatoryRole;
import fr.passerelle.agreement.port.out.Agreements;
import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.model.ContactDetails;
import fr.passerelle.crm.model.ContactEvents;
import fr.passerelle.crm.model.ContactLinks;
import fr.passerelle.crm.model.ContactRole;
import fr.passerelle.crm.model.ContactSource;
import fr.passerelle.crm.model.DuplicateContactException;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.MembershipEvents;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.model.TenantType;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.privacy.port.out.ErasedPeople;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.EventSubscriber;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.service.VersionedChange;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A member joining a company (recruiter or tutor) becomes a COMPANY_CONTACT of every school the company works with,
 * and a company's members become contacts of a school once the company takes part in an agreement with it. The
 * company takes part when the agreement comes from an application the company accepted, or once its signatory or the
 * tutor signed it: a school drafting an agreement on its own (it may name any company, and cancel the draft) relates
 * nothing, nor does an offer aimed at a school or an application. The contact holds what a school needs to reach a
 * business partner: a name and the professional e-mail the member was invited with, linked to the company and the
 * platform user; nothing else is copied.
 *
 * <p>The name is the one the school's own agreement gives that e-mail (its signatory or tutor); a member the
 * agreements do not name is listed by their e-mail's local part until staff edit it (the platform keeps no name of
 * its users: it reads them from their tokens). A contact already holding that e-mail gains the role and the links it
 * lacks instead of a twin. Idempotent: the created contact's id derives from (school, membership), and a contact
 * already holding the role and links is left alone, however often the event is delivered. Nobody erased
 * ({@link ErasedPeople}) is made a contact again: the erasure deleted their contact, not the events that made it.
 */
public class CompanyContacts implements EventSubscriber {

    /** Agreements read per member: far more schools than a company works with at once. */
    static final int MAX_AGREEMENTS = 200;
    /** Members read per company when an agreement relates it to a school. */
    static final int MAX_MEMBERS = 200;
    /** The agreement events after which the company may have taken part: drafted from an application, or signed. */
    private static final Set<String> AGREEMENT_EVENTS = Set.of(AgreementEvents.CREATED,
            AgreementEvents.SIGNATURE_ADDED, AgreementEvents.SIGNED);
    /** Who signs for the company. */
    private static final Set<SignatoryRole> COMPANY_SIGNS = EnumSet.of(SignatoryRole.COMPANY_SIGNATORY,
            SignatoryRole.TUTOR);
    private static final Set<MembershipRole> MEMBER_ROLES = EnumSet.of(MembershipRole.RECRUITER,
            MembershipRole.TUTOR);
    private static final String COMPANY_PREFIX = Tenant.company("").key();
    /** How far back and ahead an agreement's period may lie and still relate the company and the school. */
    private static final int YEARS = 10;

    private final Memberships memberships;
    private final Agreements agreements;
    private final ErasedPeople erased;
    private final Contacts contacts;
    private final ContactService contactService;
    private final EventFactory events;
    private final Clock clock;

    public CompanyContacts(Memberships memberships, Agreements agreements, ErasedPeople erased, Contacts contacts,
                           ContactService contactService, EventFactory events, Clock clock) {
        this.memberships = memberships;
        this.agreements = agreements;
        this.erased = erased;
        this.contacts = contacts;
        this.contactService = contactService;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "crm-company-contacts";
    }

    @Override
    public boolean accepts(DomainEvent event) {
        String tenant = event.attribute(MembershipEvents.TENANT);
        return AGREEMENT_EVENTS.contains(event.type()) || event.type().equals(MembershipEvents.ACTIVATED)
                && tenant != null && tenant.startsWith(COMPANY_PREFIX);
    }

    @Override
    public void on(DomainEvent event) {
        if (AGREEMENT_EVENTS.contains(event.type())) {
            agreements.findById(event.aggregateId()).filter(CompanyContacts::companyTookPart).ifPresent(this::reachAll);
            return;
        }
        memberships.findById(event.aggregateId()).filter(CompanyContacts::isCompanyMember)
                .ifPresent(member -> namesBySchool(member).forEach((school, name) -> reach(school, name, member)));
    }

    /**
     * Whether the company itself is party to the agreement: it accepted the application the agreement comes from, or
     * its signatory or the tutor signed (any version: a signature given stays on record).
     */
    static boolean companyTookPart(Agreement agreement) {
        return agreement.companyId() != null && (agreement.applicationId() != null
                || agreement.signing().signatures().stream().anyMatch(s -> COMPANY_SIGNS.contains(s.role())));
    }

    /** The company took part in an agreement with the school: the company's members join its CRM then. */
    private void reachAll(Agreement agreement) {
        memberships.findActiveByTenant(Tenant.company(agreement.companyId()), MEMBER_ROLES, MAX_MEMBERS).stream()
                .filter(CompanyContacts::isCompanyMember)
                .forEach(member -> reach(agreement.schoolId(), nameOf(agreement, member), member));
    }

    private static boolean isCompanyMember(Membership membership) {
        return membership.isActive() && membership.tenant().type() == TenantType.COMPANY
                && membership.subject() != null;
    }

    /** The schools the member's company took part in an agreement with, each with the name its agreements give them. */
    private Map<String, String> namesBySchool(Membership member) {
        LocalDate today = PlatformCalendar.today(clock);
        List<Agreement> found = agreements.findLiveByCompanies(List.of(member.tenant().id()),
                today.minusYears(YEARS), today.plusYears(YEARS), MAX_AGREEMENTS);
        Map<String, String> names = new LinkedHashMap<>();
        for (Agreement agreement : found.stream().filter(CompanyContacts::companyTookPart).toList()) {
            // an agreement naming the member wins over one that does not (the local part stands in)
            names.merge(agreement.schoolId(), nameOf(agreement, member),
                    (known, other) -> known.equals(localPart(member)) ? other : known);
        }
        return names;
    }

    /** The name the agreement gives the member's e-mail (its company signatory or tutor), else its local part. */
    private static String nameOf(Agreement agreement, Membership member) {
        Parties parties = agreement.parties();
        String email = member.email().value();
        return Stream.of(parties.companySignatory(), parties.tutor()).filter(Objects::nonNull)
                .filter(party -> email.equalsIgnoreCase(party.email())).map(Party::name).findFirst()
                .orElseGet(() -> localPart(member));
    }

    private static String localPart(Membership member) {
        String email = member.email().value();
        return email.substring(0, email.indexOf('@'));
    }

    private void reach(String schoolId, String name, Membership member) {
        String id = idFor(schoolId, member.id());
        if (contacts.findById(id).isPresent()) {
            return; // made by an earlier delivery
        }
        if (erased.erased(member.subject()) || erased.erased(member.email())) {
            return; // the person's data was erased: a late or replayed event must not bring their contact back
        }
        ContactLinks links = new ContactLinks(member.tenant().id(), null, member.subject(), null);
        ContactDetails details = new ContactDetails(null, name, member.email(), null, null, null, null,
                ContactSource.PLATFORM, null, links);
        contactService.duplicateOf(schoolId, details, null).ifPresentOrElse(
                holder -> link(holder, member),
                () -> create(id, schoolId, details));
    }

    private void create(String id, String schoolId, ContactDetails details) {
        try {
            contactService.insert(Contact.create(id, schoolId, details, Set.of(ContactRole.COMPANY_CONTACT), null,
                    Set.of(), Initiator.SYSTEM, clock.instant()), Initiator.system());
        } catch (DuplicateKeyException | DuplicateContactException concurrentDelivery) {
            if (contacts.findById(id).isEmpty() && contactService.duplicateOf(schoolId, details, null).isEmpty()) {
                throw concurrentDelivery;
            }
        }
    }

    /** The role and the links the holder lacks (company, platform user), never replacing one it has. */
    private void link(Contact holder, Membership member) {
        new VersionedChange<>(() -> contacts.findById(holder.id()).orElseThrow(), Contact::version,
                (before, after) -> contacts.update(after, events.changed(ContactEvents.LINKED, Initiator.system(),
                        before, after, ContactEvents.attributesOf(after))))
                .apply(null, contact -> {
                    ContactLinks links = ContactLinks.filled(contact.details().links(),
                            new ContactLinks(member.tenant().id(), null, member.subject(), null));
                    if (contact.roles().contains(ContactRole.COMPANY_CONTACT)
                            && links.equals(contact.details().links())) {
                        return contact;
                    }
                    Set<ContactRole> roles = EnumSet.of(ContactRole.COMPANY_CONTACT);
                    roles.addAll(contact.roles());
                    return contact.withDetails(ContactDetails.linked(contact.details(), links), clock.instant())
                            .withRoles(roles, clock.instant());
                });
    }

    /** The id of the contact made for a company member in a school, the same for every delivery. */
    static String idFor(String schoolId, String membershipId) {
        return UUID.nameUUIDFromBytes(("crm-company-contact/" + schoolId + "/" + membershipId)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }
}
