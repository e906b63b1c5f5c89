package fr.passerelle.agreement.service;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.AgreementEvents;
import fr.passerelle.agreement.model.Amendment;
import fr.passerelle.agreement.model.SignedDocument;
import fr.passerelle.agreement.port.out.AgreementLinks;
import fr.passerelle.agreement.port.out.Agreements;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.notification.model.Notice;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.notification.service.NoticeDelivery;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventSubscriber;
import java.util.Map;
import java.util.Set;

/**
 * Tells the people of an amendment's circuit about it: when it is proposed, those who may sign at once that it is
 * their turn and the others that it is coming; as each step completes, the next step that it is theirs; once
 * everyone signed, every party that its terms are in force. Nothing once it was withdrawn; nobody of their own
 * action.
 */
public class AmendmentNotices implements EventSubscriber {

    private final Agreements agreements;
    private final AgreementAudience audience;
    private final NoticeDelivery delivery;
    private final AgreementLinks links;

    public AmendmentNotices(Agreements agreements, Memberships memberships, NoticeDelivery delivery,
                            AgreementLinks links) {
        this.agreements = agreements;
        this.audience = new AgreementAudience(memberships);
        this.delivery = delivery;
        this.links = links;
    }

    @Override
    public String name() {
        return "agreement-amendment-notices";
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return event.attribute(AgreementChange.AMENDMENT) != null && Set.of(AgreementEvents.AMENDMENT_PROPOSED,
                AgreementEvents.SIGNATURE_ADDED, AgreementEvents.AMENDMENT_SIGNED).contains(event.type());
    }

    @Override
    public void on(DomainEvent event) {
        agreements.findById(event.aggregateId()).ifPresent(agreement -> agreement.amendments().stream()
                .filter(a -> a.id().equals(event.attribute(AgreementChange.AMENDMENT))).findFirst()
                .ifPresent(amendment -> {
                    switch (event.type()) {
                        case AgreementEvents.AMENDMENT_PROPOSED -> proposed(event, agreement, amendment);
                        case AgreementEvents.SIGNATURE_ADDED -> turn(event, agreement, amendment,
                                event.attribute(AgreementChange.SIGNATORY));
                        case AgreementEvents.AMENDMENT_SIGNED -> inForce(event, agreement, amendment);
                        default -> throw new IllegalArgumentException("not handled: " + event.type());
                    }
                }));
    }

    /** The first step is told it is their turn; the later steps that it is coming; who signed already, nothing. */
    private void proposed(DomainEvent event, Agreement agreement, Amendment amendment) {
        SignedDocument document = amendment.signing();
        Recipients first = turn(event, agreement, amendment, null);
        Recipients signedAlready = new Recipients();
        SigningTurns.signedUpTo(document, document.documentVersion(), null).forEach(id -> document.circuit()
                .signatory(id).ifPresent(s -> signedAlready.add(audience.signatory(agreement, s))));
        if (amendment.status() != Amendment.AmendmentStatus.OUT_FOR_SIGNATURE) {
            return;
        }
        audience.signatories(agreement, document).withoutAll(first).withoutAll(signedAlready)
                .withoutSubject(event.initiator().subject())
                .deliver(delivery, event.id(), notice(NotificationKind.AMENDMENT_PROPOSED, agreement, amendment));
    }

    private Recipients turn(DomainEvent event, Agreement agreement, Amendment amendment, String signer) {
        SignedDocument document = amendment.signing();
        Recipients next = new Recipients();
        if (amendment.status() == Amendment.AmendmentStatus.OUT_FOR_SIGNATURE) {
            SigningTurns.stillAwaited(document, document.documentVersion(),
                            SigningTurns.cameWith(document, document.documentVersion(), signer))
                    .forEach(s -> next.add(audience.signatory(agreement, s)));
        }
        next.withoutSubject(event.initiator().subject())
                .deliver(delivery, event.id(), notice(NotificationKind.AMENDMENT_TO_SIGN, agreement, amendment));
        return next;
    }

    private void inForce(DomainEvent event, Agreement agreement, Amendment amendment) {
        if (amendment.status() != Amendment.AmendmentStatus.SIGNED) {
            return;
        }
        String signer = event.attribute(AgreementChange.SIGNATORY);
        Recipients everyone = audience.everyone(agreement);
        if (signer != null) {
            amendment.signing().circuit().signatory(signer)
                    .ifPresent(s -> everyone.without(audience.signatory(agreement, s)));
        }
        everyone.withoutSubject(event.initiator().subject())
                .deliver(delivery, event.id(), notice(NotificationKind.AMENDMENT_IN_FORCE, agreement, amendment));
    }

    private Notice notice(NotificationKind kind, Agreement agreement, Amendment amendment) {
        return AgreementNotice.of(kind, agreement, Map.of("number", String.valueOf(amendment.number()),
                "url", links.amendmentDocument(agreement.id(), amendment.number())));
    }
}
