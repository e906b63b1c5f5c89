package fr.passerelle.agreement.model;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an internship agreement stands: draft → under validation (the school's pedagogical check) → out for
 * signature → signed → in progress → completed, or interrupted once started, or cancelled before it starts.
 */
public enum AgreementStatus {
    /** Being written by the school or from an accepted application. */
    DRAFT,
    /** Waiting for the school's pedagogical validation. */
    UNDER_VALIDATION,
    /** The signing circuit is running. */
    OUT_FOR_SIGNATURE,
    /** Every signatory signed; the internship has not started. */
    SIGNED,
    /** The internship is under way. */
    IN_PROGRESS,
    /** The internship ended as agreed. */
    COMPLETED,
    /** The internship stopped early (suspension or termination clause). */
    INTERRUPTED,
    /** Called off before it started. */
    CANCELLED;

    private static final Map<AgreementStatus, Set<AgreementStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(UNDER_VALIDATION, CANCELLED),
            UNDER_VALIDATION, EnumSet.of(DRAFT, OUT_FOR_SIGNATURE, CANCELLED),
            OUT_FOR_SIGNATURE, EnumSet.of(DRAFT, SIGNED, CANCELLED),
            SIGNED, EnumSet.of(IN_PROGRESS, CANCELLED),
            IN_PROGRESS, EnumSet.of(COMPLETED, INTERRUPTED),
            COMPLETED, EnumSet.noneOf(AgreementStatus.class),
            INTERRUPTED, EnumSet.noneOf(AgreementStatus.class),
            CANCELLED, EnumSet.noneOf(AgreementStatus.class));

    public boolean canMoveTo(AgreementStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Once signed, the terms change only through amendments. */
    public boolean isBinding() {
        return this == SIGNED || this == IN_PROGRESS || this == COMPLETED || this == INTERRUPTED;
    }
}
