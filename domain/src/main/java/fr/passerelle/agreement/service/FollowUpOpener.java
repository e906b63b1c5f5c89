package fr.passerelle.agreement.service;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.AgreementEvents;
import fr.passerelle.agreement.model.AgreementStatus;
import fr.passerelle.agreement.model.InternshipFollowUp;
import fr.passerelle.agreement.port.out.Agreements;
import fr.passerelle.agreement.port.out.InternshipFollowUps;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.EventSubscriber;
import fr.passerelle.shared.event.Initiator;
import java.time.Clock;
import java.util.Map;

/**
 * Opens the follow-up of an agreement when it is signed. The signing request opens it at once; the
 * {@code agreement.signed} event opens it again if the process died in between (the relay delivers it at least
 * once), and opening an open follow-up does nothing.
 */
public class FollowUpOpener implements EventSubscriber {

    private final Agreements agreements;
    private final InternshipFollowUps followUps;
    private final EventFactory events;
    private final Clock clock;

    public FollowUpOpener(Agreements agreements, InternshipFollowUps followUps, EventFactory events, Clock clock) {
        this.agreements = agreements;
        this.followUps = followUps;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "followup-opener";
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return event.type().equals(AgreementEvents.SIGNED);
    }

    @Override
    public void on(DomainEvent event) {
        agreements.findById(event.aggregateId()).ifPresent(agreement -> open(Initiator.system(), agreement));
    }

    /** The agreement as it is, after its follow-up was opened if it has just been signed. */
    Agreement openIfSigned(Actor actor, Agreement agreement) {
        if (agreement.status() == AgreementStatus.SIGNED) {
            open(actor.initiatorFor(Tenant.school(agreement.schoolId())), agreement);
        }
        return agreement;
    }

    private void open(Initiator by, Agreement agreement) {
        if (!agreement.status().isBinding() || followUps.findById(agreement.id()).isPresent()) {
            return;
        }
        InternshipFollowUp opened = InternshipFollowUp.openedFor(agreement, clock.instant());
        try {
            followUps.insert(opened, events.created(AgreementEvents.FOLLOW_UP_OPENED, by, opened,
                    Map.of("school", Tenant.school(agreement.schoolId()).key())));
        } catch (DuplicateKeyException alreadyOpened) {
            // Opened meanwhile by the request or another delivery of the event: the same follow-up.
        }
    }
}
