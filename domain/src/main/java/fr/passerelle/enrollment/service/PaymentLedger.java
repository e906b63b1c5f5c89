package fr.passerelle.enrollment.service;

import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.enrollment.model.Ledger;
import fr.passerelle.enrollment.model.LedgerEntry;
import fr.passerelle.enrollment.model.LedgerKind;
import fr.passerelle.enrollment.model.LedgerMethod;
import fr.passerelle.enrollment.port.out.LedgerEntries;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.port.IdGenerator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an enrollment's ledger and appends to it. Appending is idempotent by the entry's reference: the same fact
 * recorded twice (a redelivered event, a retried subscriber) is stored once. Each entry's event is written with it.
 */
public class PaymentLedger {

    private final LedgerEntries entries;
    private final IdGenerator ids;
    private final EventFactory events;
    private final Clock clock;

    public PaymentLedger(LedgerEntries entries, IdGenerator ids, EventFactory events, Clock clock) {
        this.entries = entries;
        this.ids = ids;
        this.events = events;
        this.clock = clock;
    }

    public Ledger of(String enrollmentId) {
        return new Ledger(entries.ofEnrollment(enrollmentId, Ledger.MAX_ENTRIES));
    }

    /** The fact to append; {@code dueOn} for a charge only. */
    public record Fact(String schoolId, String enrollmentId, LedgerKind kind, Money amount, LedgerMethod method,
                       String reference, Integer instalment, LocalDate dueOn) {
    }

    /**
     * @param contactId carried by the event when known (routes CRM automations), may be null
     * @return the entry stored, or empty when one with the same reference already was
     */
    public Optional<LedgerEntry> append(Fact fact, String contactId, Initiator by) {
        LedgerEntry entry = new LedgerEntry(ids.newId(), fact.schoolId(), fact.enrollmentId(), fact.kind(),
                fact.amount(), fact.method(), fact.reference(), fact.instalment(), fact.dueOn(), clock.instant(),
                Initiator.SYSTEM.equals(by.subject()) ? null : by.subject(), 0);
        Map<String, String> attributes = new HashMap<>(Map.of(EnrollmentEvents.SCHOOL_ID, fact.schoolId(),
                EnrollmentEvents.ENROLLMENT_ID, fact.enrollmentId()));
        if (contactId != null) {
            attributes.put(EnrollmentEvents.CONTACT_ID, contactId);
        }
        try {
            return Optional.of(entries.insert(entry, events.created(typeOf(fact.kind()), by, entry, attributes)));
        } catch (DuplicateKeyException recordedBefore) {
            return Optional.empty();
        }
    }

    private static String typeOf(LedgerKind kind) {
        return switch (kind) {
            case CHARGE -> EnrollmentEvents.PAYMENT_CHARGED;
            case PAYMENT -> EnrollmentEvents.PAYMENT_RECEIVED;
            case REFUND -> EnrollmentEvents.REFUND_ISSUED;
            case FUNDER_PAYMENT -> EnrollmentEvents.FUNDER_PAYMENT_RECEIVED;
            case WRITE_OFF -> EnrollmentEvents.PAYMENT_WRITTEN_OFF;
        };
    }
}
