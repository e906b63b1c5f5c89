package fr.passerelle.enrollment.service;

import fr.passerelle.agreement.model.Signatory;
import fr.passerelle.agreement.model.SigningCircuit;
import fr.passerelle.catalog.model.Programme;
import fr.passerelle.catalog.model.ProgrammeDetails;
import fr.passerelle.catalog.model.Session;
import fr.passerelle.catalog.port.out.Programmes;
import fr.passerelle.catalog.port.out.Sessions;
import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.enrollment.model.ContractKind;
import fr.passerelle.enrollment.model.ContractParticulars;
import fr.passerelle.enrollment.model.ContractParty;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.port.in.ContractSending;
import fr.passerelle.enrollment.port.out.FundingProgress.FundingStatus;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.MembershipStatus;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.school.model.School;
import fr.passerelle.school.port.out.Schools;
import fr.passerelle.shared.model.Address;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import fr.passerelle.shared.validation.TextKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Works out what a contract about to be sent says and who signs it: the particulars copied from the school, the
 * programme, the session, the learner's contact and the funding (read through their out-ports), and the circuit
 * from the parties' order. Every problem of the sender's input is reported at once, under its field's path.
 */
final class ContractDrafts {

    /** A circuit has at most one step per party. */
    private static final int MAX_STEPS = ContractParty.values().length;

    private final Schools schools;
    private final Programmes programmes;
    private final Sessions sessions;
    private final Contacts contacts;
    private final Memberships memberships;

    ContractDrafts(Schools schools, Programmes programmes, Sessions sessions, Contacts contacts,
                   Memberships memberships) {
        this.schools = schools;
        this.programmes = programmes;
        this.sessions = sessions;
        this.contacts = contacts;
        this.memberships = memberships;
    }

    /** What the next version says and who signs it. */
    record Draft(ContractKind kind, ContractParticulars particulars, SigningCircuit circuit) {
    }

    Draft draft(Actor actor, Enrollment enrollment, FundingStatus funding, ContractSending sending) {
        ContractKind kind = funding.payerIsCompany() ? ContractKind.COMPANY : ContractKind.INDIVIDUAL;
        boolean minor = enrollment.applicant().minor();
        Checks checks = new Checks();
        String qualifications = checks.optionalText("trainerQualifications", sending.trainerQualifications(),
                Limits.LONG_TEXT, TextKind.PROSE);
        String companyName = kind == ContractKind.COMPANY
                ? checks.text("companyName", sending.companyName(), Limits.NAME) : null;
        Signatory company = kind == ContractKind.COMPANY
                ? person(checks, "companySignatory", sending.company(), ContractParty.COMPANY, minor) : null;
        Signatory representative = minor
                ? person(checks, "legalRepresentative", sending.legalRepresentative(), ContractParty.LEARNER, true)
                : null;
        Signatory organisation = organisation(checks, actor, enrollment.schoolId(), sending.organisation());
        List<List<ContractParty>> order = order(checks, kind, sending.circuit());
        checks.throwIfAny();

        Contact contact = contacts.findById(enrollment.contactId()).orElseThrow();
        Signatory learner = representative != null ? representative
                : new Signatory(ContractParty.LEARNER.signatoryId(), ContractParty.LEARNER.role(false),
                contact.details().displayName(), email(contact), enrollment.learnerSubject(), null);
        List<SigningCircuit.Step> steps = order.stream().map(step -> new SigningCircuit.Step(step.stream()
                .map(party -> switch (party) {
                    case LEARNER -> learner;
                    case COMPANY -> company;
                    case ORGANISATION -> organisation;
                }).toList())).toList();
        return new Draft(kind, particulars(enrollment, funding, contact, qualifications, companyName),
                new SigningCircuit(steps));
    }

    private ContractParticulars particulars(Enrollment enrollment, FundingStatus funding, Contact contact,
                                            String qualifications, String companyName) {
        School school = schools.findById(enrollment.schoolId()).orElseThrow();
        Programme programme = programmes.findById(enrollment.programmeId()).orElseThrow();
        Session session = sessions.findById(enrollment.sessionId()).orElseThrow();
        ProgrammeDetails details = programme.details();
        return new ContractParticulars(school.profile().name(), oneLine(school.profile().address()),
                contact.details().displayName(), details.title(),
                details.certification() == null ? null : details.certification().value(), details.level(),
                details.certifyingBody(), details.objectives(), details.prerequisites(), details.durationHours(),
                details.modalities().stream().map(Enum::name).sorted().toList(), details.teachingMethods(),
                details.assessmentMethods(), qualifications, session.details().dates().start(),
                session.details().dates().end(),
                session.details().distance() ? null : oneLine(session.details().place()),
                details.price() == null ? funding.learnerPart() : details.price().amount(), funding.learnerPart(),
                funding.instalments(), funding.sources(), companyName);
    }

    /** The school admin signing for the organisation: the one named, else the sender when they are one. */
    private Signatory organisation(Checks checks, Actor actor, String schoolId, ContractSending.Person named) {
        Tenant school = Tenant.school(schoolId);
        if (named == null || named.email() == null) {
            boolean admin = actor.memberships().stream()
                    .anyMatch(m -> m.tenant().equals(school) && m.role() == MembershipRole.SCHOOL_ADMIN);
            if (!admin) {
                checks.add("organisationSignatory", ErrorCode.REQUIRED,
                        "error.contract.organisation-signatory-required");
                return null;
            }
            return new Signatory(ContractParty.ORGANISATION.signatoryId(), ContractParty.ORGANISATION.role(false),
                    Objects.requireNonNullElse(actor.displayName(), actor.subject()),
                    actor.email() == null ? null : actor.email().value(), actor.subject(), null);
        }
        String name = checks.text("organisationSignatory.name", named.name(), Limits.NAME);
        EmailAddress email = checks.parse("organisationSignatory.email",
                checks.text("organisationSignatory.email", named.email(), Limits.NAME), EmailAddress::of);
        if (email == null) {
            return null;
        }
        Membership admin = memberships.findByTenantAndEmail(school, email)
                .filter(m -> m.role() == MembershipRole.SCHOOL_ADMIN && m.status() == MembershipStatus.ACTIVE)
                .orElse(null);
        if (admin == null) {
            checks.add("organisationSignatory.email", ErrorCode.INVALID,
                    "error.contract.organisation-signatory-not-admin");
            return null;
        }
        return new Signatory(ContractParty.ORGANISATION.signatoryId(), ContractParty.ORGANISATION.role(false), name,
                email.value(), admin.subject(), null);
    }

    /** Someone without an account here (a parent, the company's representative): signs by their verified e-mail. */
    private static Signatory person(Checks checks, String path, ContractSending.Person person, ContractParty party,
                                    boolean minor) {
        if (person == null) {
            checks.add(path, ErrorCode.REQUIRED, "error.contract.signatory-required");
            return null;
        }
        String name = checks.text(path + ".name", person.name(), Limits.NAME);
        EmailAddress email = checks.parse(path + ".email", checks.text(path + ".email", person.email(), Limits.NAME),
                EmailAddress::of);
        return name == null || email == null ? null
                : new Signatory(party.signatoryId(), party.role(minor), name, email.value(), null, null);
    }

    /** The steps asked for, each party once and every party of this kind of contract there; else the default. */
    private static List<List<ContractParty>> order(Checks checks, ContractKind kind,
                                                   List<List<ContractParty>> asked) {
        Set<ContractParty> parties = kind == ContractKind.COMPANY ? EnumSet.allOf(ContractParty.class)
                : EnumSet.of(ContractParty.LEARNER, ContractParty.ORGANISATION);
        if (asked == null) {
            return parties.stream().map(List::of).toList();
        }
        List<ContractParty> named = asked.stream().flatMap(step -> step == null ? Stream.empty() : step.stream())
                .toList();
        if (asked.size() > MAX_STEPS || asked.stream().anyMatch(step -> step == null || step.isEmpty())
                || named.size() != parties.size() || !Set.copyOf(named).equals(parties)) {
            checks.add("circuit", ErrorCode.INVALID, "error.contract.circuit-parties",
                    parties.stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
        return new ArrayList<>(asked);
    }

    private static String email(Contact contact) {
        return contact.details().email() == null ? null : contact.details().email().value();
    }

    private static String oneLine(Address address) {
        if (address == null) {
            return null;
        }
        String city = Stream.of(address.postalCode(), address.city()).filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
        return Stream.of(address.street(), city).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(", "));
    }
}
