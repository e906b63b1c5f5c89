package fr.passerelle.enrollment.model;

import fr.passerelle.agreement.model.SignatoryRole;
import java.util.Locale;

/**
 * A party signing a training contract, as a school orders its circuit: the learner (their legal representative for
 * a minor), the company of a {@link ContractKind#COMPANY} convention, the organisation (a school admin).
 */
public enum ContractParty {
    LEARNER,
    COMPANY,
    ORGANISATION;

    /** The agreement signatory role it signs as. */
    public SignatoryRole role(boolean minor) {
        return switch (this) {
            case LEARNER -> minor ? SignatoryRole.LEGAL_REPRESENTATIVE : SignatoryRole.LEARNER;
            case COMPANY -> SignatoryRole.COMPANY_SIGNATORY;
            case ORGANISATION -> SignatoryRole.SCHOOL_SIGNATORY;
        };
    }

    /** Its signatory id in the circuit. */
    public String signatoryId() {
        return name().toLowerCase(Locale.ROOT);
    }
}
