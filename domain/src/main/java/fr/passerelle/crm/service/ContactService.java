package fr.passerelle.crm.service;

import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.model.ContactDetails;
import fr.passerelle.crm.model.ContactDraft;
import fr.passerelle.crm.model.ContactKeys;
import fr.passerelle.crm.model.ContactLinks;
import fr.passerelle.crm.model.ContactEvents;
import fr.passerelle.crm.model.ContactQuery;
import fr.passerelle.crm.model.ContactRole;
import fr.passerelle.crm.model.DuplicateContactException;
import fr.passerelle.crm.model.InteractionDirection;
import fr.passerelle.crm.model.LifecycleStage;
import fr.passerelle.crm.model.LifecycleTargets;
import fr.passerelle.crm.model.LifecycleTargetsEvents;
import fr.passerelle.crm.model.ReplyWatch;
import fr.passerelle.crm.model.StageTrack;
import fr.passerelle.crm.model.TagCount;
import fr.passerelle.crm.port.in.ContactUseCases;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.crm.port.out.LifecycleTargetLists;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.service.VersionedChange;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Creates, reads and changes contacts, under {@link CrmAccess}; catches duplicates before they are stored. */
public class ContactService implements ContactUseCases {

    static final String TYPE = "Contact";
    private static final int MAX_TAG_COUNTS = 200;
    private static final Set<MembershipRole> OWNERS = Set.of(MembershipRole.SCHOOL_ADMIN, MembershipRole.ADMISSIONS);

    private final Contacts contacts;
    private final LifecycleTargetLists targets;
    private final Memberships memberships;
    private final ContactTags tags = new ContactTags();
    private final IdGenerator ids;
    private final EventFactory events;
    private final Clock clock;

    public ContactService(Contacts contacts, LifecycleTargetLists targets, Memberships memberships, IdGenerator ids,
                          EventFactory events, Clock clock) {
        this.contacts = contacts;
        this.targets = targets;
        this.memberships = memberships;
        this.ids = ids;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Contact create(Actor actor, String schoolId, ContactDraft draft, Set<ContactRole> roles,
                          List<String> tagLabels, String owner) {
        CrmAccess.requireWork(actor, schoolId);
        Set<String> cleanTags = tags.validated("tags", tagLabels);
        ContactDetails details = draft.validate(PlatformCalendar.today(clock));
        if (owner != null) {
            requireOwner(schoolId, owner);
        }
        return insert(Contact.create(ids.newId(), schoolId, details, roles == null ? Set.of() : roles, owner,
                cleanTags, actor.subject(), clock.instant()), actor.initiatorFor(Tenant.school(schoolId)));
    }

    /** Stores a new contact unless the school already has one with its e-mail or phone. */
    Contact insert(Contact contact, Initiator by) {
        rejectDuplicate(contact.schoolId(), contact.details(), Set.of());
        return contacts.insert(contact, events.created(ContactEvents.CREATED, by, contact,
                ContactEvents.attributesOf(contact)));
    }

    /** The school's active contact sharing the details' e-mail or phone key, other than {@code self}. */
    Optional<Contact> duplicateOf(String schoolId, ContactDetails details, String self) {
        return duplicateOf(schoolId, details, self == null ? Set.of() : Set.of(self));
    }

    private Optional<Contact> duplicateOf(String schoolId, ContactDetails details, Set<String> selves) {
        Contact probe = Contact.create("probe", schoolId, details, Set.of(), null, Set.of(), null, clock.instant());
        return contacts.findByKeys(schoolId, probe.emailKey(), probe.phoneKey(), selves.size() + 1).stream()
                .filter(existing -> !selves.contains(existing.id()))
                .findFirst();
    }

    /**
     * @throws DuplicateContactException when an active contact of the school other than {@code self} shares the
     *                                   details' e-mail key (reported on {@code email}) or phone key ({@code phone})
     */
    void rejectDuplicate(String schoolId, ContactDetails details, String self) {
        rejectDuplicate(schoolId, details, self == null ? Set.of() : Set.of(self));
    }

    /** As {@link #rejectDuplicate(String, ContactDetails, String)}, other than any of {@code selves}. */
    void rejectDuplicate(String schoolId, ContactDetails details, Set<String> selves) {
        duplicateOf(schoolId, details, selves).ifPresent(existing -> {
            boolean sameEmail = existing.emailKey() != null
                    && existing.emailKey().equals(ContactKeys.email(details.email()));
            throw new DuplicateContactException(sameEmail ? "email" : "phone", existing.id());
        });
    }

    @Override
    public Optional<Contact> find(Actor actor, String id) {
        return contacts.findById(id).filter(c -> c.isActive() && CrmAccess.mayRead(actor, c.schoolId()));
    }

    @Override
    public List<Contact> findAll(Actor actor, Collection<String> ids) {
        return contacts.findAllById(ids).stream()
                .filter(c -> c.isActive() && CrmAccess.mayRead(actor, c.schoolId())).toList();
    }

    @Override
    public Page<Contact> list(Actor actor, String schoolId, Paging paging) {
        return CrmAccess.mayRead(actor, schoolId) ? contacts.page(schoolId, ContactQuery.ALL, paging) : Page.empty();
    }

    @Override
    public Contact update(Actor actor, String id, ContactDraft draft, Long expectedVersion) {
        ContactDetails typed = draft.validate(PlatformCalendar.today(clock));
        return change(actor, id, ContactEvents.UPDATED, expectedVersion, contact -> {
            ContactDetails details = ContactDetails.linked(typed, new ContactLinks(
                    typed.links().companyId(), typed.links().funder(), contact.details().links().platformSubject(),
                    contact.details().links().learnerId()));
            rejectDuplicate(contact.schoolId(), details, contact.id());
            return details.equals(contact.details()) ? contact : contact.withDetails(details, clock.instant());
        });
    }

    @Override
    public Contact addRoles(Actor actor, String id, Set<ContactRole> roles) {
        return change(actor, id, ContactEvents.ROLES_CHANGED, null, contact -> {
            Set<ContactRole> all = EnumSet.noneOf(ContactRole.class);
            all.addAll(contact.roles());
            all.addAll(roles);
            return all.equals(contact.roles()) ? contact : contact.withRoles(all, clock.instant());
        });
    }

    @Override
    public Contact removeRoles(Actor actor, String id, Set<ContactRole> roles) {
        return change(actor, id, ContactEvents.ROLES_CHANGED, null, contact -> {
            Set<ContactRole> left = EnumSet.noneOf(ContactRole.class);
            left.addAll(contact.roles());
            left.removeAll(roles);
            if (left.isEmpty()) {
                throw BusinessRuleViolation.of("roles", ErrorCode.INVALID_STATE, "error.crm.contact.last-role");
            }
            return left.equals(contact.roles()) ? contact : contact.withRoles(left, clock.instant());
        });
    }

    @Override
    public Contact assignOwner(Actor actor, String id, String owner) {
        return change(actor, id, ContactEvents.OWNER_ASSIGNED, null, contact -> {
            if (Objects.equals(owner, contact.owner())) {
                return contact;
            }
            if (owner != null) {
                requireOwner(contact.schoolId(), owner);
            }
            return contact.withOwner(owner, clock.instant());
        });
    }

    @Override
    public Contact addTags(Actor actor, String id, List<String> labels) {
        Set<String> added = tags.validated("tags", labels);
        return change(actor, id, ContactEvents.TAGS_CHANGED, null, contact -> {
            Set<String> all = new LinkedHashSet<>(contact.tags());
            all.addAll(added);
            if (all.size() > Contact.MAX_TAGS) {
                throw BusinessRuleViolation.of("tags", ErrorCode.OUT_OF_RANGE, "error.crm.contact.too-many-tags",
                        Contact.MAX_TAGS);
            }
            return all.equals(contact.tags()) ? contact : contact.withTags(all, clock.instant());
        });
    }

    @Override
    public Contact removeTags(Actor actor, String id, List<String> labels) {
        Set<String> removed = tags.validated("tags", labels);
        return change(actor, id, ContactEvents.TAGS_CHANGED, null, contact -> {
            Set<String> left = new LinkedHashSet<>(contact.tags());
            left.removeAll(removed);
            return left.equals(contact.tags()) ? contact : contact.withTags(left, clock.instant());
        });
    }

    @Override
    public Contact moveStage(Actor actor, String id, String target, LifecycleStage stage, Long expectedVersion) {
        if (stage == null) {
            throw BusinessRuleViolation.of("stage", ErrorCode.REQUIRED, "error.value.required");
        }
        return versioned(actor, id, ContactEvents.STAGE_CHANGED, target).apply(expectedVersion, contact -> {
            if (!targetsOf(contact.schoolId()).contains(target)) {
                throw BusinessRuleViolation.of("target", ErrorCode.INVALID, "error.crm.target.unknown");
            }
            Instant now = clock.instant();
            List<StageTrack> stages = new ArrayList<>();
            boolean tracked = false;
            for (StageTrack track : contact.stages()) {
                if (track.target().equals(target)) {
                    stages.add(track.movedTo(stage, actor.subject(), now));
                    tracked = true;
                } else {
                    stages.add(track);
                }
            }
            if (!tracked) {
                stages.add(StageTrack.start(target, stage, actor.subject(), now));
            }
            return stages.equals(contact.stages()) ? contact : contact.withStages(stages, now);
        });
    }

    @Override
    public List<TagCount> tags(Actor actor, String schoolId) {
        return CrmAccess.mayRead(actor, schoolId) ? contacts.tagCounts(schoolId, MAX_TAG_COUNTS) : List.of();
    }

    @Override
    public List<String> lifecycleTargets(Actor actor, String schoolId) {
        return CrmAccess.mayRead(actor, schoolId) ? targetsOf(schoolId).kinds() : List.of();
    }

    @Override
    public LifecycleTargets setLifecycleTargets(Actor actor, String schoolId, List<String> kinds,
                                                Long expectedVersion) {
        CrmAccess.requireConfigure(actor, schoolId);
        List<String> clean = LifecycleTargets.validated("kinds", kinds);
        Initiator by = actor.initiatorFor(Tenant.school(schoolId));
        return new VersionedChange<>(() -> targetsOf(schoolId), t -> Math.max(t.version(), 0),
                (before, after) -> before.isStored()
                        ? targets.update(after, events.changed(LifecycleTargetsEvents.CHANGED, by, before, after,
                                Map.of(ContactEvents.SCHOOL_ID, schoolId)))
                        : targets.insert(after, events.created(LifecycleTargetsEvents.CHANGED, by, after,
                                Map.of(ContactEvents.SCHOOL_ID, schoolId))))
                .apply(expectedVersion, current -> current.kinds().equals(clean) && current.isStored() ? current
                        : current.withKinds(clean, clock.instant()));
    }

    @Override
    public Optional<ReplyWatch> recordInteraction(String schoolId, String contactId, InteractionDirection direction,
                                                  Instant at) {
        if (contacts.findById(contactId).filter(c -> c.schoolId().equals(schoolId)).isEmpty()) {
            return Optional.empty(); // erased since, or not this school's: nothing to record
        }
        AtomicReference<ReplyWatch> before = new AtomicReference<>();
        systemChange(contactId, ContactEvents.INTERACTED, ContactEvents::attributesOf, c -> {
            before.set(c.replies());
            return c.withInteraction(direction, at, clock.instant());
        });
        return Optional.of(before.get());
    }

    @Override
    public void noticeNoReply(String schoolId, String contactId, Instant outboundAt, int days) {
        Optional<Contact> found = contacts.findById(contactId).filter(c -> c.schoolId().equals(schoolId));
        if (found.isEmpty()) {
            return;
        }
        // A check outlives a merge: the survivor took over the merged contact's watch, so it is the one to ask.
        String watcher = found.get().isActive() ? contactId : found.get().mergedInto();
        systemChange(watcher, ContactEvents.NO_REPLY,
                c -> ContactEvents.attributesOf(c, ContactEvents.DAYS, Integer.toString(days)),
                c -> c.withNoReplyNoticed(outboundAt, days, clock.instant()));
    }

    /** A change the platform makes on its own, retried on a lost race; nothing is stored when nothing changes. */
    private void systemChange(String contactId, String type, Function<Contact, Map<String, String>> attributes,
                              UnaryOperator<Contact> change) {
        new VersionedChange<>(() -> contacts.findById(contactId).orElseThrow(() -> new NotFoundException(TYPE,
                contactId)), Contact::version,
                (before, after) -> contacts.update(after, events.changed(type, Initiator.system(), before, after,
                        attributes.apply(after))))
                .apply(null, change);
    }

    private LifecycleTargets targetsOf(String schoolId) {
        return targets.findById(schoolId).orElseGet(() -> LifecycleTargets.defaults(schoolId, clock.instant()));
    }

    /** The owner must work the school's CRM: an active school admin or admissions advisor of it. */
    private void requireOwner(String schoolId, String owner) {
        Tenant school = Tenant.school(schoolId);
        boolean works = owner.length() <= Limits.NAME
                && memberships.findActiveBySubject(owner).stream()
                .anyMatch(m -> m.tenant().equals(school) && OWNERS.contains(m.role()));
        if (!works) {
            throw BusinessRuleViolation.of("owner", ErrorCode.INVALID, "error.crm.contact.owner");
        }
    }

    /** A change of an active contact the actor may work on, under optimistic locking. */
    Contact change(Actor actor, String id, String eventType, Long expectedVersion, UnaryOperator<Contact> change) {
        return versioned(actor, id, eventType, null).apply(expectedVersion, change);
    }

    private VersionedChange<Contact> versioned(Actor actor, String id, String eventType, String target) {
        return new VersionedChange<>(() -> workable(actor, id), Contact::version,
                (before, after) -> contacts.update(after, events.changed(eventType,
                        actor.initiatorFor(Tenant.school(after.schoolId())), before, after,
                        target == null ? ContactEvents.attributesOf(after)
                                : ContactEvents.attributesOf(after, ContactEvents.TARGET, target))));
    }

    /** The active contact, when the actor may work on its school's CRM. */
    Contact workable(Actor actor, String id) {
        Contact contact = find(actor, id).orElseThrow(() -> new NotFoundException(TYPE, id));
        CrmAccess.requireWork(actor, contact.schoolId());
        return contact;
    }
}
