package fr.passerelle.agreement.model;

import fr.passerelle.shared.i18n.Message;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Code de l'éducation, art. D124-4: the agreement is signed by the head of the school (or a delegate), the host's
 * representative, the intern (or, for a minor, the intern and their legal representative), the referent teacher and
 * the host tutor. A circuit may order and group them as the school likes, and each may sign on paper or
 * electronically, but none may be left out: otherwise the agreement would turn SIGNED without one of them.
 */
public final class RequiredSignatories {

    /** Every agreement's signatories; a minor's legal representative comes on top. */
    private static final Set<SignatoryRole> ALWAYS = EnumSet.of(SignatoryRole.SCHOOL_SIGNATORY,
            SignatoryRole.COMPANY_SIGNATORY, SignatoryRole.LEARNER, SignatoryRole.REFERENT, SignatoryRole.TUTOR);

    private RequiredSignatories() {
    }

    /**
     * The roles that must sign an agreement between these parties: the legal representative as soon as the agreement
     * names one (it must for a minor intern, and a representative who is named is a party who signs).
     */
    public static Set<SignatoryRole> of(Parties parties) {
        Set<SignatoryRole> roles = EnumSet.copyOf(ALWAYS);
        if (parties.legalRepresentative() != null) {
            roles.add(SignatoryRole.LEGAL_REPRESENTATIVE);
        }
        return roles;
    }

    /**
     * Refuses a circuit that leaves out a required party: one user error under {@code circuit} per party missing,
     * naming it in the reader's language (with the role as its code's argument, for a client).
     */
    public static void requireAllIn(SigningCircuit circuit, Parties parties) {
        Set<SignatoryRole> missing = missingFrom(circuit.signatories().stream().map(Signatory::role).toList(),
                parties);
        if (!missing.isEmpty()) {
            throw new BusinessRuleViolation(missing.stream()
                    .map(role -> Violation.of("circuit", ErrorCode.REQUIRED, "error.circuit.missing-party",
                            party(role)))
                    .toList());
        }
    }

    /** The party signing in this role, as a sentence names it. */
    static Message party(SignatoryRole role) {
        return Message.of(switch (role) {
            case LEARNER -> "error.circuit.party.learner";
            case LEGAL_REPRESENTATIVE -> "error.circuit.party.legal-representative";
            case COMPANY_SIGNATORY -> "error.circuit.party.company-signatory";
            case TUTOR -> "error.circuit.party.tutor";
            case SCHOOL_SIGNATORY -> "error.circuit.party.school-signatory";
            case REFERENT -> "error.circuit.party.referent";
        });
    }

    static Set<SignatoryRole> missingFrom(Collection<SignatoryRole> present, Parties parties) {
        Set<SignatoryRole> missing = of(parties);
        missing.removeAll(present);
        return missing;
    }
}
