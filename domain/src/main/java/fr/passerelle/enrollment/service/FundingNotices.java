package fr.passerelle.enrollment.service;

import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.enrollment.model.FunderRequest;
import fr.passerelle.enrollment.model.FunderRequestState;
import fr.passerelle.enrollment.model.Funding;
import fr.passerelle.enrollment.model.FundingSource;
import fr.passerelle.enrollment.port.out.Fundings;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.notification.model.Notice;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.notification.service.NoticeDelivery;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventSubscriber;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Tells whoever must act on a funding, in their language, keyed by the event (a redelivery tells them once):
 * <ul>
 *   <li>admissions, when a funder refused, cancelled (the platform's automatic cancellation included) or let a
 *       request expire: change the plan (another funder, the learner's part) or cancel the enrollment;</li>
 *   <li>admissions, when a training-account holder's request waits for the organisation's answer, by its deadline
 *       (2 working days, or the platform cancels it);</li>
 *   <li>the learner, when the organisation's proposal waits for their acceptance on Mon Compte Formation (4 working
 *       days).</li>
 * </ul>
 * Notices name the funder line and the deadline, never the person: the enrollment's page shows who.
 */
public class FundingNotices implements EventSubscriber {

    private final Fundings fundings;
    private final Memberships memberships;
    private final NoticeDelivery delivery;

    public FundingNotices(Fundings fundings, Memberships memberships, NoticeDelivery delivery) {
        this.fundings = fundings;
        this.memberships = memberships;
        this.delivery = delivery;
    }

    @Override
    public String name() {
        return "enrollment-funding-notices";
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return event.type().equals(EnrollmentEvents.FUNDING_REFUSED)
                || event.type().equals(EnrollmentEvents.FUNDING_REQUESTED)
                || (event.type().equals(EnrollmentEvents.FUNDING_CHANGED)
                && FundingSource.TRAINING_ACCOUNT.name().equals(event.attribute(EnrollmentEvents.FUNDING_SOURCE))
                && FunderRequestState.WAITING_HOLDER.name().equals(event.attribute(EnrollmentEvents.FUNDING_STATE)));
    }

    @Override
    public void on(DomainEvent event) {
        fundings.findById(event.aggregateId()).ifPresent(funding -> {
            if (event.type().equals(EnrollmentEvents.FUNDING_REFUSED)) {
                String source = event.attribute(EnrollmentEvents.FUNDING_SOURCE);
                funding.requests().stream().filter(r -> r.state().isFailed())
                        .filter(r -> source == null || r.source().name().equals(source)).forEach(failed ->
                        toAdmissions(event, funding, NotificationKind.FUNDING_REFUSED, Map.of(
                                "source", failed.source().name(),
                                "reason", failed.refusalReason() == null ? "-" : failed.refusalReason())));
                return;
            }
            FunderRequest account = funding.request(FundingSource.TRAINING_ACCOUNT).orElse(null);
            if (account == null) {
                return;
            }
            if (event.type().equals(EnrollmentEvents.FUNDING_REQUESTED)
                    && account.state() == FunderRequestState.REQUESTED) {
                toAdmissions(event, funding, NotificationKind.FUNDING_FOLDER_TO_VALIDATE,
                        Map.of("deadline", day(account.answerBy())));
            } else if (account.state() == FunderRequestState.WAITING_HOLDER && funding.learnerSubject() != null) {
                delivery.toPeople(event.id(), notice(funding, NotificationKind.FUNDING_HOLDER_TO_ACCEPT,
                        Map.of("deadline", day(account.answerBy()))), List.of(funding.learnerSubject()));
            }
        });
    }

    private void toAdmissions(DomainEvent event, Funding funding, NotificationKind kind,
                              Map<String, String> parameters) {
        List<String> recipients = SchoolStaff.admissions(memberships, funding.schoolId());
        delivery.toPeople(event.id() + ":" + parameters.getOrDefault("source", ""), notice(funding, kind,
                parameters), recipients);
    }

    private static Notice notice(Funding funding, NotificationKind kind, Map<String, String> parameters) {
        return new Notice(kind, parameters, EnrollmentAccess.TYPE, funding.id());
    }

    private static String day(LocalDate day) {
        return day == null ? "-" : day.toString();
    }
}
