package fr.passerelle.crm.service;

import fr.passerelle.consent.port.out.ConsentRecords;
import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.model.ContactQuery;
import fr.passerelle.crm.model.Segment;
import fr.passerelle.crm.model.SegmentCount;
import fr.passerelle.crm.model.SegmentEvents;
import fr.passerelle.crm.model.SegmentFilter;
import fr.passerelle.crm.port.in.SegmentUseCases;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.crm.port.out.Segments;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.paging.Keyset;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.service.VersionedChange;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Segments, evaluated on read: a page of contacts is one store read (plus one consent-ledger read for a consent
 * purpose), a count is one store count; only a count with a consent purpose reads the linked contacts, in batches,
 * up to a cap past which it is a lower bound.
 */
public class SegmentService implements SegmentUseCases {

    private static final String TYPE = "Segment";
    /** Linked contacts read per batch when counting with a consent purpose. */
    static final int CONSENT_BATCH = 500;
    /** Linked contacts a consent count reads at most (four batches): past them it is a lower bound. */
    static final int CONSENT_COUNT_CAP = 4 * CONSENT_BATCH;

    private final Segments segments;
    private final Contacts contacts;
    private final ConsentRecords consents;
    private final IdGenerator ids;
    private final EventFactory events;
    private final Clock clock;

    public SegmentService(Segments segments, Contacts contacts, ConsentRecords consents, IdGenerator ids,
                          EventFactory events, Clock clock) {
        this.segments = segments;
        this.contacts = contacts;
        this.consents = consents;
        this.ids = ids;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Segment create(Actor actor, String schoolId, String name, SegmentFilter filter) {
        CrmAccess.requireConfigure(actor, schoolId);
        Definition definition = Definition.of(name, filter);
        if (segments.countBySchool(schoolId) >= Segment.MAX_PER_SCHOOL) {
            throw BusinessRuleViolation.of("", ErrorCode.OUT_OF_RANGE, "error.crm.segment.too-many",
                    Segment.MAX_PER_SCHOOL);
        }
        Segment segment = Segment.create(ids.newId(), schoolId, definition.name(), definition.filter(), actor.subject(), clock.instant());
        return segments.insert(segment, events.created(SegmentEvents.CREATED, actor.initiatorFor(
                Tenant.school(schoolId)), segment, SegmentEvents.attributesOf(segment)));
    }

    @Override
    public Segment update(Actor actor, String id, String name, SegmentFilter filter, Long expectedVersion) {
        Definition definition = Definition.of(name, filter);
        return change(actor, id, SegmentEvents.UPDATED, expectedVersion, segment ->
                segment.name().equals(definition.name()) && segment.filter().equals(definition.filter()) ? segment
                        : segment.edited(definition.name(), definition.filter(), clock.instant()));
    }

    @Override
    public Segment delete(Actor actor, String id, Long expectedVersion) {
        return change(actor, id, SegmentEvents.DELETED, expectedVersion, segment -> segment.deleted(clock.instant()));
    }

    @Override
    public Optional<Segment> find(Actor actor, String id) {
        return segments.findById(id).filter(s -> !s.isDeleted() && CrmAccess.mayRead(actor, s.schoolId()));
    }

    @Override
    public List<Segment> findAll(Actor actor, Collection<String> ids) {
        return segments.findAllById(ids).stream()
                .filter(s -> !s.isDeleted() && CrmAccess.mayRead(actor, s.schoolId())).toList();
    }

    @Override
    public List<Segment> ofSchool(Actor actor, String schoolId) {
        return CrmAccess.mayRead(actor, schoolId) ? segments.findBySchool(schoolId, Segment.MAX_PER_SCHOOL)
                : List.of();
    }

    @Override
    public Page<Contact> contacts(Actor actor, Segment segment, Paging paging) {
        return mayRun(actor, segment.schoolId(), segment.filter())
                ? page(segment.schoolId(), query(segment.filter()), paging) : Page.empty();
    }

    @Override
    public Page<Contact> preview(Actor actor, String schoolId, SegmentFilter filter, Paging paging) {
        SegmentFilter clean = SegmentFilter.validated(filter == null ? SegmentFilter.NONE : filter);
        if (CrmAccess.mayRead(actor, schoolId) && !mayRun(actor, schoolId, clean)) {
            throw new ForbiddenException("error.forbidden.crm");
        }
        return CrmAccess.mayRead(actor, schoolId) ? page(schoolId, query(clean), paging) : Page.empty();
    }

    /**
     * Whether the actor may list the contacts the filter selects: a reader who does not see the person's details
     * (finance) may not select by them; a saved segment that does lists nothing to them.
     */
    private static boolean mayRun(Actor actor, String schoolId, SegmentFilter filter) {
        return CrmAccess.mayRead(actor, schoolId)
                && (!filter.readsPersonalDetails() || CrmAccess.mayReadPersonalDetails(actor, schoolId));
    }

    /** One store read, plus one ledger read when the query asks for a consent. */
    private Page<Contact> page(String schoolId, ContactQuery query, Paging paging) {
        Page<Contact> page = contacts.page(schoolId, query, paging);
        if (query.consent() == null || page.items().isEmpty()) {
            return page;
        }
        Set<String> granting = consents.granting(query.consent(), page.items().stream()
                .map(c -> c.details().links().platformSubject()).toList());
        List<Contact> kept = new ArrayList<>();
        List<Keyset> keys = new ArrayList<>();
        for (int i = 0; i < page.items().size(); i++) {
            if (granting.contains(page.items().get(i).details().links().platformSubject())) {
                kept.add(page.items().get(i));
                keys.add(page.keys().get(i));
            }
        }
        return new Page<>(kept, keys, page.hasNextPage(), page.hasPreviousPage());
    }

    @Override
    public Map<String, SegmentCount> counts(Actor actor, List<Segment> segments) {
        Map<String, SegmentCount> counts = new HashMap<>();
        segments.forEach(segment -> counts.put(segment.id(), mayRun(actor, segment.schoolId(), segment.filter())
                ? count(segment) : SegmentCount.NONE));
        return counts;
    }

    /**
     * Without a consent purpose, one store count. With one, the linked contacts are read in batches and their
     * subjects looked up in the consent ledger, up to {@link #CONSENT_COUNT_CAP} contacts: past them the count is
     * the granting contacts among those read, a lower bound, rather than hundreds of reads for one number.
     */
    private SegmentCount count(Segment segment) {
        ContactQuery query = query(segment.filter());
        if (query.consent() == null) {
            return new SegmentCount(contacts.count(segment.schoolId(), query), true);
        }
        long count = 0;
        String after = null;
        for (int read = 0; read < CONSENT_COUNT_CAP; read += CONSENT_BATCH) {
            List<Contacts.LinkedSubject> batch = contacts.linkedSubjects(segment.schoolId(), query, after,
                    CONSENT_BATCH);
            if (!batch.isEmpty()) {
                count += consents.granting(query.consent(),
                        batch.stream().map(Contacts.LinkedSubject::subject).toList()).size();
            }
            if (batch.size() < CONSENT_BATCH) {
                return new SegmentCount(count, true);
            }
            after = batch.get(batch.size() - 1).contactId();
        }
        boolean more = !contacts.linkedSubjects(segment.schoolId(), query, after, 1).isEmpty();
        return new SegmentCount(count, !more);
    }

    private ContactQuery query(SegmentFilter filter) {
        return filter.resolve(PlatformCalendar.today(clock), clock.instant());
    }

    /** A segment's name and filter, checked together so a form shows every problem at once. */
    private record Definition(String name, SegmentFilter filter) {

        static Definition of(String name, SegmentFilter filter) {
            var checks = new Checks();
            String cleanName = checks.text("name", name, Limits.SHORT_TEXT);
            SegmentFilter clean = checks.parse("filter", filter == null ? SegmentFilter.NONE : filter,
                    SegmentFilter::validated);
            checks.throwIfAny();
            return new Definition(cleanName, clean);
        }
    }

    private Segment change(Actor actor, String id, String type, Long expectedVersion, UnaryOperator<Segment> edit) {
        return new VersionedChange<>(() -> {
            Segment segment = find(actor, id).orElseThrow(() -> new NotFoundException(TYPE, id));
            CrmAccess.requireConfigure(actor, segment.schoolId());
            return segment;
        }, Segment::version, (before, after) -> segments.update(after, events.changed(type,
                actor.initiatorFor(Tenant.school(after.schoolId())), before, after,
                SegmentEvents.attributesOf(after)))).apply(expectedVersion, edit);
    }
}
