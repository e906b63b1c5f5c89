package fr.passerelle.agreement.service;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.AgreementScope;
import fr.passerelle.agreement.model.Amendment;
import fr.passerelle.agreement.model.Signatory;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.model.TenantType;
import java.util.stream.Stream;

/**
 * Who may do what with an agreement. Reading: the intern, the staff of the school, the members of the host,
 * anyone named as a signatory or delegate by their verified e-mail (a minor's parent, a tutor without a membership),
 * advisors and platform admins. The school's staff write it, validate it and record paper signatures; the host's
 * members start and end the internship with them and propose amendments; each signatory signs for themselves.
 * A signed agreement held after its learner's erasure is read only by those who must keep it ({@link #canReadHeld}).
 */
public final class AgreementAccess {

    private AgreementAccess() {
    }

    static boolean canRead(Actor actor, Agreement agreement) {
        return actor.readsEverything() || isIntern(actor, agreement)
                || actor.isMemberOf(Tenant.school(agreement.schoolId()))
                || (agreement.companyId() != null && actor.isMemberOf(Tenant.company(agreement.companyId())))
                || signatories(agreement).anyMatch(s -> namedAs(actor, s));
    }

    /**
     * Who may still read an agreement kept under a legal hold after its learner's erasure: the school that signed it
     * as the establishment keeps the convention (Code de l'éducation D124-4) and answers for it, and platform admins
     * answer the authorities. The host, the tutor, other signatories and advisors lose it (GDPR art. 18(2)).
     */
    static boolean canReadHeld(Actor actor, Agreement agreement) {
        return actsForSchool(actor, agreement);
    }

    /** The signatory, or their delegate: a signatory who delegated still reads what they were asked to sign. */
    private static boolean namedAs(Actor actor, Signatory signatory) {
        return signsAs(actor, signatory) || actor.subject().equals(signatory.subject())
                || matches(actor, signatory.email());
    }

    static boolean isIntern(Actor actor, Agreement agreement) {
        return actor.subject().equals(agreement.learnerSubject());
    }

    static boolean actsForSchool(Actor actor, Agreement agreement) {
        return actor.isPlatformAdmin() || actor.isMemberOf(Tenant.school(agreement.schoolId()));
    }

    static boolean actsForCompany(Actor actor, Agreement agreement) {
        return actor.isPlatformAdmin()
                || (agreement.companyId() != null && actor.isMemberOf(Tenant.company(agreement.companyId())));
    }

    static boolean actsForSchoolOrCompany(Actor actor, Agreement agreement) {
        return actsForSchool(actor, agreement) || actsForCompany(actor, agreement);
    }

    /**
     * Whether the actor is who signs for this signatory: the delegate when there is one, else the signatory, known by
     * their account or by the verified e-mail of their token.
     */
    public static boolean signsAs(Actor actor, Signatory signatory) {
        if (actor.subject().equals(signatory.signingSubject())) {
            return true;
        }
        return matches(actor, signatory.delegate() != null ? signatory.delegate().email() : signatory.email());
    }

    private static boolean matches(Actor actor, String email) {
        return email != null && actor.email() != null && email.equalsIgnoreCase(actor.email().value());
    }

    /** The lists the actor may read; null for everything. */
    static AgreementScope.Visibility visibility(Actor actor) {
        return actor.readsEverything() ? null : new AgreementScope.Visibility(actor.subject(),
                actor.email() == null ? null : actor.email().value(), actor.tenantIds(TenantType.SCHOOL),
                actor.tenantIds(TenantType.COMPANY));
    }

    private static Stream<Signatory> signatories(Agreement agreement) {
        return Stream.concat(agreement.signing().circuit().signatories().stream(),
                agreement.amendments().stream().map(Amendment::signing)
                        .flatMap(signing -> signing.circuit().signatories().stream()));
    }
}
