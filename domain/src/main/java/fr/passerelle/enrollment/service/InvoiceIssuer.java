package fr.passerelle.enrollment.service;

import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.enrollment.model.Invoice;
import fr.passerelle.enrollment.model.LedgerEntry;
import fr.passerelle.enrollment.model.LedgerKind;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.enrollment.port.out.InvoiceSettings;
import fr.passerelle.enrollment.port.out.Invoices;
import fr.passerelle.enrollment.port.out.LedgerEntries;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.EventSubscriber;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.port.IdGenerator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * Issues a receipted invoice for every payment received ({@code payment.received}), numbered without gaps per
 * organisation and year. The number is taken by inserting the invoice with the year's last number + 1 under the
 * unique index (school, year, number): a concurrent issue that took it makes the insert fail, and the next number is
 * tried. No counter is kept, so no crash can consume a number without its invoice; and an invoice is never deleted
 * (ten-year legal hold), so the numbers stay contiguous. One invoice per payment (another unique index): a redelivered
 * event finds the invoice it issued.
 */
public class InvoiceIssuer implements EventSubscriber {

    /** Contention beyond this many lost races in a row is a fault worth a retry of the whole event. */
    static final int MAX_TRIES = 1_000;

    private final Invoices invoices;
    private final LedgerEntries entries;
    private final Enrollments enrollments;
    private final InvoiceSettings settings;
    private final IdGenerator ids;
    private final EventFactory events;
    private final Clock clock;

    public InvoiceIssuer(Invoices invoices, LedgerEntries entries, Enrollments enrollments, InvoiceSettings settings,
                          IdGenerator ids, EventFactory events, Clock clock) {
        this.invoices = invoices;
        this.entries = entries;
        this.enrollments = enrollments;
        this.settings = settings;
        this.ids = ids;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "enrollment-invoices";
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return event.type().equals(EnrollmentEvents.PAYMENT_RECEIVED);
    }

    @Override
    public void on(DomainEvent event) {
        entries.findById(event.aggregateId()).filter(e -> e.kind() == LedgerKind.PAYMENT).ifPresent(this::issue);
    }

    /** The payment's invoice, issued now unless it exists. */
    public Invoice issue(LedgerEntry payment) {
        var existing = invoices.findByPaymentEntry(payment.id());
        if (existing.isPresent()) {
            return existing.get();
        }
        LocalDate today = PlatformCalendar.today(clock);
        String contactId = enrollments.findById(payment.enrollmentId()).map(e -> e.contactId()).orElse(null);
        Invoice draft = new Invoice(ids.newId(), payment.schoolId(), payment.enrollmentId(), contactId,
                today.getYear(), 1, payment.id(), payment.amount(), today, settings.vatExempt(payment.schoolId()),
                clock.instant(), 0);
        for (int tries = 0; tries < MAX_TRIES; tries++) {
            Invoice numbered = draft.numbered(invoices.lastNumber(draft.schoolId(), draft.year()) + 1);
            try {
                return invoices.insert(numbered, events.created(EnrollmentEvents.INVOICE_ISSUED, Initiator.system(),
                        numbered, Map.of(EnrollmentEvents.SCHOOL_ID, numbered.schoolId(),
                                EnrollmentEvents.ENROLLMENT_ID, numbered.enrollmentId())));
            } catch (DuplicateKeyException taken) {
                var issuedMeanwhile = invoices.findByPaymentEntry(payment.id());
                if (issuedMeanwhile.isPresent()) {
                    return issuedMeanwhile.get();
                }
            }
        }
        throw new IllegalStateException("no invoice number could be taken after " + MAX_TRIES + " tries");
    }
}
