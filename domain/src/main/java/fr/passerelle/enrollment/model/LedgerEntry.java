package fr.passerelle.enrollment.model;

import fr.passerelle.shared.model.Aggregate;
import fr.passerelle.shared.model.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of an enrollment's payment ledger, stored once and never changed or deleted: a correction is a new entry.
 * Its {@link #reference} is unique across the ledger, so recording the same fact twice (a redelivered provider event,
 * a retried subscriber) stores nothing the second time.
 *
 * @param reference  the provider's payment or refund id, or a key this platform derives from the fact
 *                   ({@code charge:<enrollment>:<n>}, {@code record:<id>}…)
 * @param method     how the money moved; null for a charge or a write-off
 * @param instalment the instalment it charges, settles or writes off (from 1), null when it concerns none
 * @param dueOn      a charge's due date, null for the other kinds
 * @param by         who recorded it (a token subject), null for the platform
 */
public record LedgerEntry(String id, String schoolId, String enrollmentId, LedgerKind kind, Money amount,
                          LedgerMethod method, String reference, Integer instalment, LocalDate dueOn, Instant at,
                          String by, long version) implements Aggregate {

    public LedgerEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(enrollmentId, "enrollmentId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(at, "at");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a ledger entry moves a positive amount");
        }
        if ((kind == LedgerKind.CHARGE) != (dueOn != null)) {
            throw new IllegalArgumentException("a charge, and only a charge, has a due date");
        }
    }

    public static String chargeReference(String enrollmentId, int instalment) {
        return "charge:" + enrollmentId + ":" + instalment;
    }

    public static String writeOffReference(String enrollmentId, int instalment) {
        return "write-off:" + enrollmentId + ":" + instalment;
    }
}
