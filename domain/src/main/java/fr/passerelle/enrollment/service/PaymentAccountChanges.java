package fr.passerelle.enrollment.service;

import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.enrollment.model.PaymentAccount;
import fr.passerelle.enrollment.port.out.PaymentAccounts;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.service.VersionedChange;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Changes an enrollment's payment account, opening it on its first change, under optimistic locking (a lost race is
 * retried on the fresh account). A change that returns the account unchanged writes nothing.
 */
public class PaymentAccountChanges {

    private final PaymentAccounts accounts;
    private final EventFactory events;
    private final Clock clock;

    public PaymentAccountChanges(PaymentAccounts accounts, EventFactory events, Clock clock) {
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    public Optional<PaymentAccount> find(String enrollmentId) {
        return accounts.findById(enrollmentId);
    }

    public Optional<PaymentAccount> findByProviderId(String providerId) {
        return accounts.findByProviderId(providerId);
    }

    /** @param eventType what the change is, recorded with it; its attributes are the enrollment's ids */
    public PaymentAccount change(Enrollment enrollment, String eventType, Initiator by,
                                 UnaryOperator<PaymentAccount> change) {
        Map<String, String> attributes = Map.of(EnrollmentEvents.SCHOOL_ID, enrollment.schoolId(),
                EnrollmentEvents.ENROLLMENT_ID, enrollment.id(), EnrollmentEvents.CONTACT_ID, enrollment.contactId());
        if (accounts.findById(enrollment.id()).isEmpty()) {
            PaymentAccount opened = change.apply(PaymentAccount.open(enrollment.id(), enrollment.schoolId(),
                    clock.instant()));
            try {
                return accounts.insert(opened, events.created(eventType, by, opened, attributes));
            } catch (DuplicateKeyException openedMeanwhile) {
                // another change opened it first: apply this one on top, below
            }
        }
        return new VersionedChange<PaymentAccount>(() -> accounts.findById(enrollment.id()).orElseThrow(),
                PaymentAccount::version,
                (before, after) -> accounts.update(after, events.changed(eventType, by, before, after, attributes)))
                .apply(null, change);
    }
}
