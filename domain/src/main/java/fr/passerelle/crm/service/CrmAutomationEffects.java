package fr.passerelle.crm.service;

import fr.passerelle.crm.model.AutomationCause;
import fr.passerelle.crm.model.AutomationOrigin;
import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.model.ContactEvents;
import fr.passerelle.crm.model.CrmEvents;
import fr.passerelle.crm.model.Deal;
import fr.passerelle.crm.port.in.DealUseCases;
import fr.passerelle.crm.port.in.TaskUseCases;
import fr.passerelle.crm.port.out.AutomationEffects;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.crm.port.out.Deals;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.notification.model.Notice;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.notification.service.NoticeDelivery;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.service.VersionedChange;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * What rules' actions do to the CRM. Moves and tasks go through the deals part's automation entry points, which
 * record the rule on the move or the task; owners and tags, which no person-facing use case changes on a rule's
 * behalf, are changed here on the aggregates under optimistic locking, their events carrying the rule chain like
 * every automatic change (the aggregates keep who changed them in their history only for moves).
 */
public class CrmAutomationEffects implements AutomationEffects {

    private final DealUseCases dealUseCases;
    private final TaskUseCases taskUseCases;
    private final Deals deals;
    private final Contacts contacts;
    private final CrmOwners owners;
    private final NoticeDelivery notices;
    private final EventFactory events;
    private final Clock clock;

    public CrmAutomationEffects(DealUseCases dealUseCases, TaskUseCases taskUseCases, Deals deals, Contacts contacts,
                                Memberships memberships, NoticeDelivery notices,
                                EventFactory events, Clock clock) {
        this.dealUseCases = dealUseCases;
        this.taskUseCases = taskUseCases;
        this.deals = deals;
        this.contacts = contacts;
        this.owners = new CrmOwners(memberships);
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    /** A move into a LOST stage gives the rule's name as the reason the deal was lost. */
    @Override
    public String moveDeal(String schoolId, String dealId, String stageId, AutomationCause cause) {
        Deal moved = dealUseCases.move(cause.origin(), schoolId, dealId,
                new DealUseCases.Move(stageId, cause.ruleName(), null));
        return "DEAL_MOVED:" + moved.id() + ":" + moved.stageId();
    }

    @Override
    public String assignOwner(String schoolId, String dealId, String ownerSubject, AutomationCause cause) {
        if (!owners.works(schoolId, ownerSubject)) {
            throw BusinessRuleViolation.of("target", ErrorCode.INVALID, "error.crm.owner-not-worker");
        }
        Deal deal = changeDeal(schoolId, dealId, cause, d -> d.ownerSubject().equals(ownerSubject) ? d
                : d.withDetails(new Deal.Details(d.contactId(), d.offeringRef(), d.title(), ownerSubject, d.amount(),
                        d.probability(), d.expectedCloseOn()), clock.instant()));
        return "DEAL_ASSIGNED:" + deal.id();
    }

    @Override
    public String createTask(String schoolId, String dealId, String contactId, String title, Instant dueAt,
                             String ownerSubject, AutomationCause cause, String key) {
        var task = taskUseCases.create(cause.origin(), key, schoolId,
                new TaskUseCases.TaskCommand(title, dueAt, ownerSubject, dealId == null ? contactId : null, dealId));
        return "TASK_CREATED:" + task.id();
    }

    @Override
    public String addTag(String schoolId, String contactId, String tag, AutomationCause cause) {
        Contact contact = changeContact(schoolId, contactId, cause, c -> {
            if (c.tags().contains(tag)) {
                return c;
            }
            if (c.tags().size() >= Contact.MAX_TAGS) {
                throw BusinessRuleViolation.of("target", ErrorCode.OUT_OF_RANGE, "error.crm.contact.too-many-tags",
                        Contact.MAX_TAGS);
            }
            Set<String> tags = new TreeSet<>(c.tags());
            tags.add(tag);
            return c.withTags(tags, clock.instant());
        });
        return "TAG_ADDED:" + contact.id();
    }

    @Override
    public String removeTag(String schoolId, String contactId, String tag, AutomationCause cause) {
        Contact contact = changeContact(schoolId, contactId, cause, c -> {
            if (!c.tags().contains(tag)) {
                return c;
            }
            Set<String> tags = new TreeSet<>(c.tags());
            tags.remove(tag);
            return c.withTags(tags, clock.instant());
        });
        return "TAG_REMOVED:" + contact.id();
    }

    /**
     * Keyed by the cause and action, so a repeated run notifies once; names the rule, never the contact. Someone who
     * no longer works the school's CRM is told nothing about it: the action is refused, as an owner's would be.
     */
    @Override
    public String notifyStaff(String schoolId, String subject, String dealId, String contactId,
                              AutomationCause cause, String key) {
        if (!owners.works(schoolId, subject)) {
            throw BusinessRuleViolation.of("target", ErrorCode.INVALID, "error.crm.owner-not-worker");
        }
        notices.toPeople(key, new Notice(NotificationKind.CRM_AUTOMATION_NOTICE, Map.of("rule", cause.ruleName()),
                dealId != null ? "Deal" : "Contact", dealId != null ? dealId : contactId), List.of(subject));
        return "STAFF_NOTIFIED:" + key;
    }

    private Deal changeDeal(String schoolId, String dealId, AutomationCause cause, UnaryOperator<Deal> change) {
        return new VersionedChange<>(() -> deals.findById(dealId).filter(d -> d.schoolId().equals(schoolId))
                .orElseThrow(() -> new NotFoundException("Deal", dealId)), Deal::version,
                (before, after) -> deals.update(after, events.changed(CrmEvents.DEAL_UPDATED, Initiator.system(),
                        before, after, AutomationOrigin.attributes(CrmEvents.of(after), cause.origin()))))
                .apply(null, change);
    }

    private Contact changeContact(String schoolId, String contactId, AutomationCause cause,
                                  UnaryOperator<Contact> change) {
        return new VersionedChange<>(() -> Optional.ofNullable(contactId).flatMap(contacts::findById)
                .filter(c -> c.schoolId().equals(schoolId) && c.isActive())
                .orElseThrow(() -> new NotFoundException("Contact", contactId)), Contact::version,
                (before, after) -> contacts.update(after, events.changed(ContactEvents.TAGS_CHANGED,
                        Initiator.system(), before, after, AutomationOrigin.attributes(
                                ContactEvents.attributesOf(after), cause.origin()))))
                .apply(null, change);
    }
}
