package fr.passerelle.privacy.service;

import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.notification.model.Notice;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.notification.service.NoticeDelivery;
import fr.passerelle.privacy.model.DataSubjectRequest;
import fr.passerelle.privacy.port.out.DataSubjectRequests;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.shared.port.ReminderHandler;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A week before a request is due, if it is still open, tells the managers of the organisation that answers it. The
 * notice names the dates, never the person (notices travel by mail). A request answered meanwhile, or one with no
 * organisation (the platform's admins watch those in the audit trail), makes the reminder moot.
 */
public class DataSubjectRequestReminders implements ReminderHandler {

    private static final int MAX_MANAGERS = 100;

    private final DataSubjectRequests requests;
    private final Memberships memberships;
    private final NoticeDelivery delivery;

    public DataSubjectRequestReminders(DataSubjectRequests requests, Memberships memberships,
                                       NoticeDelivery delivery) {
        this.requests = requests;
        this.memberships = memberships;
        this.delivery = delivery;
    }

    @Override
    public String kind() {
        return DataSubjectRequestService.REMINDER_KIND;
    }

    @Override
    public void fire(Reminder reminder) {
        requests.findById(reminder.attribute(DataSubjectRequestService.REQUEST))
                .filter(request -> request.isOpen() && request.organisation() != null)
                .ifPresent(request -> delivery.toPeople(reminder.key(), notice(request), managers(request)));
    }

    private static Notice notice(DataSubjectRequest request) {
        return new Notice(NotificationKind.PRIVACY_REQUEST_DUE, Map.of(
                "received", request.receivedAt().atZone(ZoneOffset.UTC).toLocalDate().toString(),
                "due", request.dueAt().atZone(ZoneOffset.UTC).toLocalDate().toString()),
                "DataSubjectRequest", request.id());
    }

    private Set<String> managers(DataSubjectRequest request) {
        Set<MembershipRole> managing = Arrays.stream(MembershipRole.values())
                .filter(role -> role.manages() && role.tenantType() == request.organisation().type())
                .collect(Collectors.toSet());
        return memberships.findActiveByTenant(request.organisation(), managing, MAX_MANAGERS).stream()
                .map(Membership::subject).collect(Collectors.toSet());
    }
}
