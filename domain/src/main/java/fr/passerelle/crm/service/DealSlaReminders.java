package fr.passerelle.crm.service;

import fr.passerelle.crm.model.CrmEvents;
import fr.passerelle.crm.model.Deal;
import fr.passerelle.crm.model.PipelineStage;
import fr.passerelle.crm.port.out.Deals;
import fr.passerelle.crm.port.out.Pipelines;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.notification.model.Notice;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.notification.service.NoticeDelivery;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventSubscriber;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.shared.port.ReminderHandler;
import fr.passerelle.shared.port.Reminders;
import java.time.Clock;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a deal's owner when the deal stayed in its stage past the stage's service-level delay ("À relancer" for more
 * than 3 working days), once per entry into the stage: the reminder is keyed by the deal and the time it entered, at
 * 9:00 in Paris the day after the last working day allowed. Firing re-reads the deal and its pipeline: a deal moved
 * meanwhile, closed, or whose stage's delay was lengthened past today tells no one. An owner who no longer works the
 * school's CRM is not told: its admins are, who can hand the deal to someone else.
 */
public class DealSlaReminders implements EventSubscriber, ReminderHandler {

    static final String KIND = "crm-deal-sla";
    static final LocalTime MORNING = LocalTime.of(9, 0);
    private static final Set<String> TYPES = Set.of(CrmEvents.DEAL_CREATED, CrmEvents.DEAL_MOVED);
    private static final String DEAL = "deal";
    private static final String ENTERED = "enteredAt";

    private final Deals deals;
    private final Pipelines pipelines;
    private final NoticeDelivery delivery;
    private final Reminders reminders;
    private final CrmOwners owners;
    private final Clock clock;

    public DealSlaReminders(Deals deals, Pipelines pipelines, NoticeDelivery delivery, Reminders reminders,
                            Memberships memberships, Clock clock) {
        this.owners = new CrmOwners(memberships);
        this.deals = deals;
        this.pipelines = pipelines;
        this.delivery = delivery;
        this.reminders = reminders;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "crm-deal-sla-reminders";
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return TYPES.contains(event.type());
    }

    @Override
    public void on(DomainEvent event) {
        deals.findById(event.aggregateId()).ifPresent(deal -> stageOf(deal)
                .flatMap(deal::slaDeadline)
                .ifPresent(deadline -> reminders.schedule(new Reminder(key(deal), KIND,
                        deadline.plusDays(1).atTime(MORNING).atZone(PlatformCalendar.ZONE).toInstant(),
                        Map.of(DEAL, deal.id(), ENTERED, deal.stageEnteredAt().toString())))));
    }

    @Override
    public void fire(Reminder reminder) {
        deals.findById(reminder.attribute(DEAL))
                .filter(deal -> deal.stageEnteredAt().toString().equals(reminder.attribute(ENTERED)))
                .ifPresent(deal -> stageOf(deal)
                        .filter(stage -> deal.isOverdue(stage, PlatformCalendar.today(clock)))
                        .ifPresent(stage -> delivery.toPeople(reminder.key(), new Notice(
                                NotificationKind.CRM_DEAL_OVERDUE, Map.of("stage", stage.name(),
                                "since", PlatformCalendar.dayOf(deal.stageEnteredAt()).toString()), "Deal",
                                deal.id()), owners.ownerOrAdmins(deal.schoolId(), deal.ownerSubject()))));
    }

    private Optional<PipelineStage> stageOf(Deal deal) {
        return pipelines.findById(deal.pipelineId()).flatMap(pipeline -> pipeline.stage(deal.stageId()));
    }

    static String key(Deal deal) {
        return KIND + "/" + deal.id() + "/" + deal.stageEnteredAt().toEpochMilli();
    }
}
