package fr.passerelle.agreement.service;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.AgreementEvents;
import fr.passerelle.agreement.model.Evaluation;
import fr.passerelle.agreement.model.InternshipFollowUp;
import fr.passerelle.agreement.port.out.Agreements;
import fr.passerelle.agreement.port.out.InternshipFollowUps;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.notification.service.NoticeDelivery;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventSubscriber;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells who must act, or gains something, as an internship's follow-up moves on: the tutor with an account that an
 * evaluation is due (its link went to them by e-mail, {@link EvaluationMail}, which stays the only message for a
 * tutor without one), the host's members that the intern's report awaits a co-signature, the intern that the school
 * validated their credits and that their certificate was issued. Each notice is dropped when it became moot (the
 * evaluation given, the report co-signed meanwhile); nobody is told of their own action.
 */
public class FollowUpNotices implements EventSubscriber {

    private static final String REPORT = "finalReport";
    private static final String CREDITS = "ects";

    private final Agreements agreements;
    private final InternshipFollowUps followUps;
    private final AgreementAudience audience;
    private final NoticeDelivery delivery;

    public FollowUpNotices(Agreements agreements, InternshipFollowUps followUps, Memberships memberships,
                           NoticeDelivery delivery) {
        this.agreements = agreements;
        this.followUps = followUps;
        this.audience = new AgreementAudience(memberships);
        this.delivery = delivery;
    }

    @Override
    public String name() {
        return "followup-notices";
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return switch (event.type()) {
            case AgreementEvents.EVALUATION_LINK_ISSUED, AgreementEvents.ATTESTATION_ISSUED -> true;
            case AgreementEvents.FOLLOW_UP_CHANGED -> reportSent(event) || changed(event, CREDITS);
            default -> false;
        };
    }

    @Override
    public void on(DomainEvent event) {
        followUps.findById(event.aggregateId()).ifPresent(followUp -> agreements.findById(followUp.id())
                .ifPresent(agreement -> {
                    switch (event.type()) {
                        case AgreementEvents.EVALUATION_LINK_ISSUED -> evaluationDue(event, agreement, followUp);
                        case AgreementEvents.ATTESTATION_ISSUED -> certificateIssued(event, agreement, followUp);
                        default -> {
                            if (reportSent(event)) {
                                reportToCosign(event, agreement, followUp);
                            }
                            if (changed(event, CREDITS)) {
                                ectsValidated(event, agreement, followUp);
                            }
                        }
                    }
                }));
    }

    /** In the app, to a tutor with an account, for the evaluation whose link was just issued and is still open. */
    private void evaluationDue(DomainEvent event, Agreement agreement, InternshipFollowUp followUp) {
        Optional<Evaluation> due = followUp.evaluations().stream()
                .filter(e -> e.link() != null && e.link().revokedAt() == null && !e.submitted())
                .max(Comparator.comparing(e -> e.link().issuedAt()));
        Optional<Addressee> tutor = audience.tutor(agreement).filter(a -> a.subject() != null);
        due.ifPresent(evaluation -> new Recipients().add(tutor).withoutSubject(event.initiator().subject())
                .deliver(delivery, event.id(), AgreementNotice.of(NotificationKind.EVALUATION_DUE, agreement,
                        Map.of("deadline", evaluation.dueOn().toString()))));
    }

    /** Every active member of the host may co-sign; a host outside the platform co-signs through the final form. */
    private void reportToCosign(DomainEvent event, Agreement agreement, InternshipFollowUp followUp) {
        if (followUp.finalReport() == null || followUp.finalReport().cosigned()) {
            return;
        }
        audience.hostMembers(agreement).withoutSubject(event.initiator().subject())
                .deliver(delivery, event.id(), AgreementNotice.of(NotificationKind.REPORT_TO_COSIGN, agreement));
    }

    private void ectsValidated(DomainEvent event, Agreement agreement, InternshipFollowUp followUp) {
        if (followUp.ects() == null) {
            return;
        }
        new Recipients().add(audience.intern(agreement)).withoutSubject(event.initiator().subject())
                .deliver(delivery, event.id(), AgreementNotice.of(NotificationKind.ECTS_VALIDATED, agreement,
                        Map.of("credits", String.valueOf(followUp.ects().credits()))));
    }

    private void certificateIssued(DomainEvent event, Agreement agreement, InternshipFollowUp followUp) {
        if (followUp.attestation() == null) {
            return;
        }
        new Recipients().add(audience.intern(agreement)).withoutSubject(event.initiator().subject())
                .deliver(delivery, event.id(), AgreementNotice.of(NotificationKind.CERTIFICATE_ISSUED, agreement));
    }

    /** The report was sent or rewritten (not merely co-signed). */
    private static boolean reportSent(DomainEvent event) {
        return event.changedFields().stream().anyMatch(Set.of(REPORT, REPORT + ".summary")::contains);
    }

    private static boolean changed(DomainEvent event, String field) {
        return event.changedFields().stream().anyMatch(f -> f.equals(field) || f.startsWith(field + "."));
    }
}
