package fr.passerelle.agreement.service;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.AgreementEvents;
import fr.passerelle.agreement.model.AgreementStatus;
import fr.passerelle.agreement.model.FollowUpItem;
import fr.passerelle.agreement.model.FollowUpKind;
import fr.passerelle.agreement.model.InternshipFollowUp;
import fr.passerelle.agreement.port.out.Agreements;
import fr.passerelle.agreement.port.out.InternshipFollowUps;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.notification.service.NoticeDelivery;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventSubscriber;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.shared.port.ReminderHandler;
import fr.passerelle.shared.port.Reminders;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;

/**
 * Reminds the people of each follow-up step before its day and after it, through stored reminders (jobs): at 9:00 in
 * Paris {@link #DUE_SOON_DAYS} days before the step's day, to those who take part in it; at 9:00 the day after, if
 * it is still planned, to them and to the managers of the organisation that records it (the school, or the host for
 * the tutor's step). Reminders are keyed by the step and its day: moving a step schedules reminders for the new day,
 * and a reminder whose step was done, cancelled or moved meanwhile, or whose internship ended, does nothing.
 */
public class FollowUpStepReminders implements EventSubscriber, ReminderHandler {

    /** Days before a step's day its participants are reminded of it. */
    static final int DUE_SOON_DAYS = 2;
    static final LocalTime TIME = LocalTime.of(9, 0);
    static final String KIND = "followup-step";
    private static final String FOLLOW_UP = "followUp";
    private static final String STEP = "step";
    private static final String DAY = "day";
    private static final String STAGE = "stage";
    private static final String SOON = "soon";
    private static final String OVERDUE = "overdue";

    private final Agreements agreements;
    private final InternshipFollowUps followUps;
    private final AgreementAudience audience;
    private final NoticeDelivery delivery;
    private final Reminders reminders;
    private final Clock clock;

    public FollowUpStepReminders(Agreements agreements, InternshipFollowUps followUps, Memberships memberships,
                                 NoticeDelivery delivery, Reminders reminders, Clock clock) {
        this.agreements = agreements;
        this.followUps = followUps;
        this.audience = new AgreementAudience(memberships);
        this.delivery = delivery;
        this.reminders = reminders;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "followup-step-reminders";
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return event.type().equals(AgreementEvents.FOLLOW_UP_OPENED)
                || (event.type().equals(AgreementEvents.FOLLOW_UP_CHANGED)
                && event.changedFields().stream().anyMatch(f -> f.equals("items") || f.startsWith("items.")));
    }

    /** Schedules the reminders of each planned step at its current day; cancels those of a step no longer planned. */
    @Override
    public void on(DomainEvent event) {
        followUps.findById(event.aggregateId()).ifPresent(followUp -> followUp.items().forEach(item -> {
            if (item.status() != FollowUpItem.Status.PLANNED) {
                reminders.cancel(key(followUp, item, SOON));
                reminders.cancel(key(followUp, item, OVERDUE));
                return;
            }
            Instant soon = at(item.dueOn().minusDays(DUE_SOON_DAYS));
            if (soon.isAfter(clock.instant())) {
                reminders.schedule(reminder(followUp, item, SOON, soon));
            }
            reminders.schedule(reminder(followUp, item, OVERDUE, at(item.dueOn().plusDays(1))));
        }));
    }

    @Override
    public void fire(Reminder reminder) {
        followUps.findById(reminder.attribute(FOLLOW_UP))
                .flatMap(followUp -> stillPlanned(followUp, reminder))
                .ifPresent(item -> agreements.findById(reminder.attribute(FOLLOW_UP))
                        .filter(a -> a.status() == AgreementStatus.SIGNED || a.status() == AgreementStatus.IN_PROGRESS)
                        .ifPresent(agreement -> remind(reminder, agreement, item)));
    }

    private void remind(Reminder reminder, Agreement agreement, FollowUpItem item) {
        boolean overdue = OVERDUE.equals(reminder.attribute(STAGE));
        Recipients recipients = participants(agreement, item.kind());
        if (overdue) {
            recipients.addAll(item.owner() == FollowUpKind.FollowUpOwner.TUTOR ? audience.hostManagers(agreement)
                    : audience.schoolManagers(agreement));
        }
        recipients.deliver(delivery, reminder.key(), AgreementNotice.of(overdue
                        ? NotificationKind.FOLLOW_UP_STEP_OVERDUE : NotificationKind.FOLLOW_UP_STEP_DUE_SOON,
                agreement, Map.of("deadline", item.dueOn().toString())));
    }

    /**
     * Who takes part in the step, as {@link FollowUpKind} describes it: the referent calls the intern, visits them
     * at the host and reviews the internship with them and the tutor; the tutor alone evaluates the skills.
     */
    private Recipients participants(Agreement agreement, FollowUpKind kind) {
        Recipients people = new Recipients();
        if (kind != FollowUpKind.SKILLS_EVALUATION) {
            people.add(audience.referent(agreement)).add(audience.intern(agreement));
        }
        if (kind != FollowUpKind.ADAPTATION_CALL) {
            people.add(audience.tutor(agreement));
        }
        return people;
    }

    private static Optional<FollowUpItem> stillPlanned(InternshipFollowUp followUp, Reminder reminder) {
        return followUp.items().stream()
                .filter(i -> i.kind().name().equals(reminder.attribute(STEP))
                        && i.status() == FollowUpItem.Status.PLANNED && i.dueOn().toString().equals(reminder.attribute(DAY)))
                .findFirst();
    }

    private static Reminder reminder(InternshipFollowUp followUp, FollowUpItem item, String stage, Instant due) {
        return new Reminder(key(followUp, item, stage), KIND, due, Map.of(FOLLOW_UP, followUp.id(),
                STEP, item.kind().name(), DAY, item.dueOn().toString(), STAGE, stage));
    }

    static String key(InternshipFollowUp followUp, FollowUpItem item, String stage) {
        return "followup-step/" + followUp.id() + "/" + item.kind().name() + "/" + item.dueOn() + "/" + stage;
    }

    private static Instant at(LocalDate day) {
        return day.atTime(TIME).atZone(PlatformCalendar.ZONE).toInstant();
    }
}
