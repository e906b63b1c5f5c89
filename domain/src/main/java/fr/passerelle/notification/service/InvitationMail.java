package fr.passerelle.notification.service;

import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.MembershipEvents;
import fr.passerelle.membership.model.MembershipStatus;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.notification.model.OutgoingMail;
import fr.passerelle.notification.port.out.Mailer;
import fr.passerelle.notification.port.out.Texts;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventSubscriber;
import fr.passerelle.shared.i18n.Language;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.shared.port.ReminderHandler;
import fr.passerelle.shared.port.Reminders;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Invitations travel by e-mail (the invitee may have no account yet): one mail when invited, one reminder
 * {@link #REMINDER_DELAY} later if still pending, none once accepted. Mails name the organisation only; the
 * inviter and the role stay in the platform.
 */
public class InvitationMail implements EventSubscriber, ReminderHandler {

    /** How long an invitation may wait before its invitee is reminded of it. */
    public static final Duration REMINDER_DELAY = Duration.ofDays(3);
    static final String KIND = "invitation";
    private static final String MEMBERSHIP = "membership";

    private final Memberships memberships;
    private final OrganisationNames names;
    private final Mailer mailer;
    private final Texts texts;
    private final Reminders reminders;

    public InvitationMail(Memberships memberships, OrganisationNames names, Mailer mailer, Texts texts,
                          Reminders reminders) {
        this.memberships = memberships;
        this.names = names;
        this.mailer = mailer;
        this.texts = texts;
        this.reminders = reminders;
    }

    @Override
    public String name() {
        return "invitation-mail";
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return event.type().equals(MembershipEvents.INVITED) || event.type().equals(MembershipEvents.ACTIVATED);
    }

    @Override
    public void on(DomainEvent event) {
        String membershipId = event.aggregateId();
        if (event.type().equals(MembershipEvents.ACTIVATED)) {
            reminders.cancel(reminderKey(membershipId));
            return;
        }
        pending(membershipId).ifPresent(invitation -> {
            send("invitation", "mail/invitation/" + event.id(), invitation);
            reminders.schedule(new Reminder(reminderKey(membershipId), KIND,
                    event.occurredAt().plus(REMINDER_DELAY), Map.of(MEMBERSHIP, membershipId)));
        });
    }

    /** Fires only while the invitation is still pending: accepting it meanwhile makes the reminder moot. */
    @Override
    public void fire(Reminder reminder) {
        pending(reminder.attribute(MEMBERSHIP))
                .ifPresent(invitation -> send("invitation_reminder", "mail/reminder/" + reminder.key(), invitation));
    }

    private Optional<Membership> pending(String membershipId) {
        return memberships.findById(membershipId).filter(m -> m.status() == MembershipStatus.INVITED);
    }

    private void send(String template, String key, Membership invitation) {
        names.of(invitation.tenant()).ifPresent(organisation -> mailer.send(new OutgoingMail(key,
                invitation.email(), texts.render(template, Language.DEFAULT.locale(),
                        Map.of("organisation", organisation)))));
    }

    static String reminderKey(String membershipId) {
        return "invitation/" + membershipId;
    }
}
