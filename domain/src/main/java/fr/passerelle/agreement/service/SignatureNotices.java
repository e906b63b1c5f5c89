package fr.passerelle.agreement.service;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.AgreementEvents;
import fr.passerelle.agreement.model.AgreementStatus;
import fr.passerelle.agreement.model.Signatory;
import fr.passerelle.agreement.model.SignedDocument;
import fr.passerelle.agreement.port.out.AgreementLinks;
import fr.passerelle.agreement.port.out.Agreements;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.notification.service.NoticeDelivery;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventSubscriber;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells the people of an agreement's signing circuit where it stands: whose turn it is (exactly the signatories of
 * the step that has come, with the address of the document they sign), that a party signed, that everyone did, or
 * that the school took the version back. Each notice is worked out from the signatures on record at the moment of
 * the event, and dropped when it became moot (that version recalled, a signatory who signed meanwhile). Nobody is
 * told of their own action. Amendments have their own notices ({@link AmendmentNotices}).
 */
public class SignatureNotices implements EventSubscriber {

    private static final Set<String> HANDLED = Set.of(AgreementEvents.SENT_FOR_SIGNATURE,
            AgreementEvents.SIGNATURE_ADDED, AgreementEvents.SIGNED, AgreementEvents.RETURNED_TO_DRAFT);
    /** The changed field of a version recalled while out for signature (rather than sent back from validation). */
    private static final String RECALLED = "signing.out";

    private final Agreements agreements;
    private final AgreementAudience audience;
    private final NoticeDelivery delivery;
    private final AgreementLinks links;

    public SignatureNotices(Agreements agreements, Memberships memberships, NoticeDelivery delivery,
                            AgreementLinks links) {
        this.agreements = agreements;
        this.audience = new AgreementAudience(memberships);
        this.delivery = delivery;
        this.links = links;
    }

    @Override
    public String name() {
        return "agreement-signature-notices";
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return HANDLED.contains(event.type()) && event.attribute(AgreementChange.AMENDMENT) == null
                && (!event.type().equals(AgreementEvents.RETURNED_TO_DRAFT)
                || event.changedFields().contains(RECALLED));
    }

    @Override
    public void on(DomainEvent event) {
        agreements.findById(event.aggregateId()).ifPresent(agreement -> {
            int version = versionOf(event, agreement.signing());
            String signer = event.attribute(AgreementChange.SIGNATORY);
            switch (event.type()) {
                case AgreementEvents.SENT_FOR_SIGNATURE -> turn(event, agreement, version, null);
                case AgreementEvents.SIGNATURE_ADDED -> signedByParty(event, agreement, version, signer,
                        turn(event, agreement, version, signer));
                case AgreementEvents.SIGNED -> fullySigned(event, agreement, signer);
                case AgreementEvents.RETURNED_TO_DRAFT -> recalled(event, agreement, version);
                default -> throw new IllegalArgumentException("not handled: " + event.type());
            }
        });
    }

    /** The step whose turn came: told to sign, with the address of the very version to sign. */
    private Recipients turn(DomainEvent event, Agreement agreement, int version, String signer) {
        SignedDocument document = agreement.signing();
        Recipients next = new Recipients();
        SigningTurns.stillAwaited(document, version, SigningTurns.cameWith(document, version, signer))
                .forEach(s -> next.add(audience.signatory(agreement, s)));
        next.withoutSubject(event.initiator().subject())
                .deliver(delivery, event.id(), AgreementNotice.of(NotificationKind.AGREEMENT_TO_SIGN, agreement,
                        Map.of("url", links.agreementDocument(agreement.id(), version))));
        return next;
    }

    /**
     * The circuit's other signatories (who signed and who are still to sign) and the school's managers, with how
     * many of the signatures are in; not those told it is now their turn, and nothing once the version is no longer
     * out (recalled, or signed by everyone, which {@link NotificationKind#AGREEMENT_SIGNED} tells).
     */
    private void signedByParty(DomainEvent event, Agreement agreement, int version, String signer,
                               Recipients toldTheirTurn) {
        SignedDocument document = agreement.signing();
        if (agreement.status() != AgreementStatus.OUT_FOR_SIGNATURE || document.documentVersion() != version) {
            return;
        }
        int signed = SigningTurns.signedUpTo(document, version, signer).size();
        audience.signatories(agreement, document).addAll(audience.schoolManagers(agreement))
                .without(signerOf(agreement, signer)).withoutAll(toldTheirTurn)
                .withoutSubject(event.initiator().subject())
                .deliver(delivery, event.id(), AgreementNotice.of(NotificationKind.AGREEMENT_SIGNED_BY_PARTY,
                        agreement, Map.of("signed", String.valueOf(signed),
                                "total", String.valueOf(document.circuit().signatories().size()))));
    }

    private void fullySigned(DomainEvent event, Agreement agreement, String signer) {
        if (!agreement.status().isBinding()) {
            return;
        }
        audience.everyone(agreement).without(signerOf(agreement, signer))
                .withoutSubject(event.initiator().subject())
                .deliver(delivery, event.id(), AgreementNotice.of(NotificationKind.AGREEMENT_SIGNED, agreement));
    }

    /** Those who were asked to sign the version recalled: who signed it, and whose turn it was. */
    private void recalled(DomainEvent event, Agreement agreement, int version) {
        Recipients asked = new Recipients();
        List<Signatory> signatories = SigningTurns.asked(agreement.signing(), version);
        signatories.forEach(s -> asked.add(audience.signatory(agreement, s)));
        asked.withoutSubject(event.initiator().subject())
                .deliver(delivery, event.id(), AgreementNotice.of(NotificationKind.AGREEMENT_RECALLED, agreement));
    }

    private Optional<Addressee> signerOf(Agreement agreement, String signatoryId) {
        return signatoryId == null ? Optional.empty() : agreement.signing().circuit().signatory(signatoryId)
                .flatMap(s -> audience.signatory(agreement, s));
    }

    /** The version the event is about; an event written before events named it is about the current one. */
    static int versionOf(DomainEvent event, SignedDocument document) {
        String version = event.attribute(AgreementChange.DOCUMENT_VERSION);
        return version == null ? document.documentVersion() : Integer.parseInt(version);
    }
}
