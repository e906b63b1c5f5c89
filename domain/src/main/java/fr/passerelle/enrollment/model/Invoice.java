package fr.passerelle.enrollment.model;

import fr.passerelle.shared.model.Aggregate;
import fr.passerelle.shared.model.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A receipted invoice (facture acquittée) for one payment the payer made: numbered without gaps per organisation and
 * year, never changed once issued, kept ten years (Code de commerce, article L. 123-22).
 *
 * @param number       its rank in the organisation's year, from 1
 * @param paymentEntry the ledger entry of the payment it is for (one invoice per payment)
 * @param vatExempt    whether the organisation declared the training VAT exemption (the invoice then says so)
 */
public record Invoice(String id, String schoolId, String enrollmentId, String contactId, int year, int number,
                      String paymentEntry, Money amount, LocalDate issuedOn, boolean vatExempt, Instant createdAt,
                      long version) implements Aggregate {

    /** The mention a training invoice carries when the organisation is exempt. */
    public static final String VAT_EXEMPTION = "Exonération de TVA, article 261-4-4° a du CGI";
    public static final String PREFIX = "FA";
    /** Six digits: a million invoices a year and organisation. */
    public static final int MAX_NUMBER = 999_999;

    public Invoice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(enrollmentId, "enrollmentId");
        Objects.requireNonNull(paymentEntry, "paymentEntry");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(issuedOn, "issuedOn");
        if (number < 1 || number > MAX_NUMBER) {
            throw new IllegalArgumentException("invoice number out of range");
        }
    }

    /** {@code FA-2026-000001}: what the invoice prints and accountants file it under. */
    public String reference() {
        return String.format("%s-%d-%06d", PREFIX, year, number);
    }

    public Invoice numbered(int next) {
        return new Invoice(id, schoolId, enrollmentId, contactId, year, next, paymentEntry, amount, issuedOn,
                vatExempt, createdAt, version);
    }
}
