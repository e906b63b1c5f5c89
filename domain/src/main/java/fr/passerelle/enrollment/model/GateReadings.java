package fr.passerelle.enrollment.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the enrollment's four gates (dossier, funding, contract, payment) answered when it was last asked to advance,
 * read at one moment, with the day in the platform's calendar: {@link Enrollment#advanced} decides from it alone.
 *
 * @param fundingPlanned   a funding plan exists
 * @param fundingRequested its funders have been asked
 * @param fundingSecured   every funder agreed (true for a plan without funders)
 * @param contractSentAt   when the training contract was sent, null while none was
 * @param contractSignedAt when its last party signed, null while unsigned
 * @param withdrawalEndsOn the last day of the withdrawal period the contract grants, null while unsigned and
 *                         for a signed contract granting no withdrawal right
 * @param paymentSettled   what must be paid before the training starts is paid
 * @param today            the day it is, in the platform's time zone
 */
public record GateReadings(boolean dossierComplete, boolean fundingPlanned, boolean fundingRequested,
                           boolean fundingSecured, Instant contractSentAt, Instant contractSignedAt,
                           LocalDate withdrawalEndsOn, boolean paymentSettled, LocalDate today) {

    /** Whether the withdrawal period granted by the contract is over on {@link #today} (at once without one). */
    public boolean withdrawalOver() {
        return contractSignedAt != null && (withdrawalEndsOn == null || today.isAfter(withdrawalEndsOn));
    }
}
