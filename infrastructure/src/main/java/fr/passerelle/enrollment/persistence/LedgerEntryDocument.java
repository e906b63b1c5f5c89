package fr.passerelle.enrollment.persistence;

import fr.passerelle.enrollment.model.LedgerKind;
import fr.passerelle.enrollment.model.LedgerMethod;
import fr.passerelle.shared.persistence.MoneyDocument;
import fr.passerelle.shared.persistence.StoredDocument;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A payment ledger entry, inserted once and never rewritten. The unique reference (the provider's payment or refund id,
 * or a key derived from the fact) makes a redelivered fact store nothing. No name, no bank detail: the payer is known
 * by the enrollment, and {@code by} is the staff member's token subject.
 */
@Document("paymentLedger")
@CompoundIndex(name = "by_enrollment_at", def = "{'enrollmentId': 1, 'at': 1, '_id': 1}")
record LedgerEntryDocument(@Id String id, String schoolId, String enrollmentId, LedgerKind kind, MoneyDocument amount,
                           LedgerMethod method, @Indexed(unique = true) String reference, Integer instalment,
                           LocalDate dueOn, Instant at, String by, long version) implements StoredDocument {
}
