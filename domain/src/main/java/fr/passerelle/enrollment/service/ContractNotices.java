package fr.passerelle.enrollment.service;

import fr.passerelle.agreement.model.Signatory;
import fr.passerelle.agreement.model.SignedDocument;
import fr.passerelle.agreement.service.SigningTurns;
import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.enrollment.model.TrainingContract;
import fr.passerelle.enrollment.port.out.ContractLinks;
import fr.passerelle.enrollment.port.out.TrainingContracts;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.notification.model.Notice;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.notification.service.NoticeDelivery;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventSubscriber;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.model.PlatformCalendar;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Tells whoever must act on a training contract: each signatory when their step comes (with the address of the very
 * version to sign; by e-mail for who has no account here, like the company's representative), and the school's
 * admissions once everyone signed (the withdrawal period runs). Worked out from the signatures on record, as the
 * agreements' notices are, so a late delivery tells only those still awaited; nobody is told of their own action.
 */
public class ContractNotices implements EventSubscriber {

    private static final Set<String> HANDLED = Set.of(EnrollmentEvents.CONTRACT_SENT,
            EnrollmentEvents.CONTRACT_SIGNATURE_ADDED, EnrollmentEvents.CONTRACT_SIGNED);

    private final TrainingContracts contracts;
    private final Memberships memberships;
    private final NoticeDelivery delivery;
    private final ContractLinks links;

    public ContractNotices(TrainingContracts contracts, Memberships memberships, NoticeDelivery delivery,
                           ContractLinks links) {
        this.contracts = contracts;
        this.memberships = memberships;
        this.delivery = delivery;
        this.links = links;
    }

    @Override
    public String name() {
        return "enrollment-contract-notices";
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return HANDLED.contains(event.type());
    }

    @Override
    public void on(DomainEvent event) {
        contracts.findById(event.aggregateId()).ifPresent(contract -> {
            if (event.type().equals(EnrollmentEvents.CONTRACT_SIGNED)) {
                signed(event, contract);
            } else {
                turn(event, contract);
            }
        });
    }

    private void turn(DomainEvent event, TrainingContract contract) {
        SignedDocument document = contract.signing();
        String version = event.attribute(EnrollmentEvents.DOCUMENT_VERSION);
        int signedVersion = version == null ? document.documentVersion() : Integer.parseInt(version);
        List<Signatory> next = SigningTurns.stillAwaited(document, signedVersion,
                SigningTurns.cameWith(document, signedVersion, event.attribute(EnrollmentEvents.SIGNATORY_ID)));
        Notice notice = new Notice(NotificationKind.TRAINING_CONTRACT_TO_SIGN, Map.of(
                "programme", contract.particulars().programmeTitle(),
                "url", links.document(contract.enrollmentId(), signedVersion)),
                TrainingContractService.TYPE, contract.id());
        for (Signatory signatory : next) {
            String subject = signatory.signingSubject();
            if (Objects.equals(subject, event.initiator().subject())) {
                continue;
            }
            if (subject != null) {
                delivery.toPeople(event.id(), notice, List.of(subject));
            } else {
                String email = signatory.delegate() != null ? signatory.delegate().email() : signatory.email();
                if (email != null) {
                    delivery.toAddress(event.id(), notice, EmailAddress.of(email));
                }
            }
        }
    }

    private void signed(DomainEvent event, TrainingContract contract) {
        List<String> admissions = SchoolStaff.admissions(memberships, contract.schoolId());
        delivery.toPeople(event.id(), new Notice(NotificationKind.TRAINING_CONTRACT_SIGNED, Map.of(
                "programme", contract.particulars().programmeTitle(),
                "withdrawalEndsOn", DateTimeFormatter.ISO_LOCAL_DATE.format(lastWithdrawalDay(contract))),
                TrainingContractService.TYPE, contract.id()), admissions);
    }

    /** The notice names a day: the signing day when the contract grants no withdrawal right (nothing runs after it). */
    private static LocalDate lastWithdrawalDay(TrainingContract contract) {
        return contract.withdrawalEndsOn() != null ? contract.withdrawalEndsOn()
                : LocalDate.ofInstant(contract.signedAt(), PlatformCalendar.ZONE);
    }
}
