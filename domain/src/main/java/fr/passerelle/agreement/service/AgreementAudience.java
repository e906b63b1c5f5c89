package fr.passerelle.agreement.service;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.Party;
import fr.passerelle.agreement.model.Signatory;
import fr.passerelle.agreement.model.SignatoryRole;
import fr.passerelle.agreement.model.SignedDocument;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.Limits;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Who an agreement's notices reach, from the agreement's own data and our memberships, never from anything a client
 * sends with the notice. A person with an account is told in the app: the intern through their account, anyone the
 * agreement names by e-mail through the active membership of the school or the host under that e-mail (a school
 * signatory who is on the school's staff, a tutor who is a member of the host). Anyone else is told by e-mail at the
 * address the agreement gives. Every reader found here may read the agreement, so a notice may name what it shows.
 */
final class AgreementAudience {

    private final Memberships memberships;

    AgreementAudience(Memberships memberships) {
        this.memberships = memberships;
    }

    /** Who signs for the signatory: the delegate when delegated. */
    Optional<Addressee> signatory(Agreement agreement, Signatory signatory) {
        if (signatory.delegate() != null) {
            return person(agreement, signatory.delegate().subject(), signatory.delegate().email());
        }
        if (signatory.role() == SignatoryRole.LEARNER) {
            return intern(agreement);
        }
        return person(agreement, signatory.subject(), signatory.email());
    }

    /** Everyone who signs the document, in circuit order. */
    Recipients signatories(Agreement agreement, SignedDocument document) {
        Recipients recipients = new Recipients();
        document.circuit().signatories().forEach(s -> recipients.add(signatory(agreement, s)));
        return recipients;
    }

    Optional<Addressee> intern(Agreement agreement) {
        return agreement.learnerSubject() != null ? Optional.of(Addressee.account(agreement.learnerSubject()))
                : named(agreement, agreement.parties().learner());
    }

    Optional<Addressee> tutor(Agreement agreement) {
        return named(agreement, agreement.parties().tutor());
    }

    Optional<Addressee> referent(Agreement agreement) {
        return named(agreement, agreement.parties().referent());
    }

    /**
     * Every party: the signatories of the agreement (delegates included), every person it names (the intern, a
     * minor's legal representative, the host's signatory and tutor, the school's signatory and referent teacher),
     * and the school and host through their managers.
     */
    Recipients everyone(Agreement agreement) {
        Recipients recipients = signatories(agreement, agreement.signing()).add(intern(agreement));
        var parties = agreement.parties();
        Stream.of(parties.legalRepresentative(), parties.companySignatory(), parties.tutor(),
                parties.schoolSignatory(), parties.referent()).forEach(p -> recipients.add(named(agreement, p)));
        return recipients.addAll(schoolManagers(agreement)).addAll(hostManagers(agreement));
    }

    /**
     * The school's administrators, and the staff member who wrote the agreement while they still belong to the
     * school (any staff member writes agreements; the administrators answer for them all).
     */
    Recipients schoolManagers(Agreement agreement) {
        Tenant school = Tenant.school(agreement.schoolId());
        Recipients recipients = members(school, Set.of(MembershipRole.SCHOOL_ADMIN));
        boolean authorStillThere = agreement.createdBy() != null && memberships
                .findActiveBySubject(agreement.createdBy()).stream().anyMatch(m -> m.tenant().equals(school));
        return authorStillThere ? recipients.add(Optional.of(Addressee.account(agreement.createdBy()))) : recipients;
    }

    /** The host's recruiters, who manage its side of the internship; nobody for a host outside the platform. */
    Recipients hostManagers(Agreement agreement) {
        return agreement.companyId() == null ? new Recipients()
                : members(Tenant.company(agreement.companyId()), Set.of(MembershipRole.RECRUITER));
    }

    /** Every active member of the host (recruiters and tutors alike). */
    Recipients hostMembers(Agreement agreement) {
        return agreement.companyId() == null ? new Recipients()
                : members(Tenant.company(agreement.companyId()),
                        Set.of(MembershipRole.RECRUITER, MembershipRole.TUTOR));
    }

    /** A person the agreement names, by their account if one of its organisations knows their e-mail. */
    Optional<Addressee> named(Agreement agreement, Party party) {
        return party == null ? Optional.empty() : person(agreement, null, party.email());
    }

    private Optional<Addressee> person(Agreement agreement, String subject, String email) {
        if (subject != null) {
            return Optional.of(Addressee.account(subject));
        }
        Optional<EmailAddress> address = address(email);
        if (address.isEmpty()) {
            return Optional.empty();
        }
        return accountOf(Tenant.school(agreement.schoolId()), address.get())
                .or(() -> agreement.companyId() == null ? Optional.empty()
                        : accountOf(Tenant.company(agreement.companyId()), address.get()))
                .map(Addressee::account)
                .or(() -> address.map(Addressee::mail));
    }

    private Optional<String> accountOf(Tenant tenant, EmailAddress email) {
        return memberships.findByTenantAndEmail(tenant, email).filter(Membership::isActive).map(Membership::subject);
    }

    private Recipients members(Tenant tenant, Set<MembershipRole> roles) {
        return new Recipients().addAll(memberships.findActiveByTenant(tenant, roles, Limits.FAN_OUT).stream()
                .map(m -> Addressee.account(m.subject())).toList());
    }

    private static Optional<EmailAddress> address(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(EmailAddress.of(email));
        } catch (BusinessRuleViolation unusable) {
            return Optional.empty();
        }
    }
}
