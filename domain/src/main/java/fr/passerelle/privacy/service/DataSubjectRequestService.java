package fr.passerelle.privacy.service;

import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.port.out.Learners;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.privacy.model.DataSubject;
import fr.passerelle.privacy.model.DataSubjectRequest;
import fr.passerelle.privacy.model.DataSubjectRequest.Kind;
import fr.passerelle.privacy.model.ErasureOutcome;
import fr.passerelle.privacy.model.ExportSection;
import fr.passerelle.privacy.model.PrivacyEvents;
import fr.passerelle.privacy.model.Pseudonyms;
import fr.passerelle.privacy.port.out.DataSubjectRequests;
import fr.passerelle.privacy.port.out.ErasedPeople;
import fr.passerelle.privacy.port.PersonalDataProvider;
import fr.passerelle.privacy.port.in.DataSubjectRequestUseCases;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.port.Reminders;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Data-subject requests: a person asks for themselves, or their school's managers record the request on their behalf;
 * the school's managers (or platform admins) carry out an erasure; the person alone downloads their archive. Someone
 * else's request and a missing one look the same (not found). Every step is an event, hence an audit entry.
 */
public class DataSubjectRequestService implements DataSubjectRequestUseCases {

    /** Reminders of requests still open a week before they are due. */
    public static final String REMINDER_KIND = "privacy-request-due";
    static final String REQUEST = "request";
    private static final int MAX_LISTED = 50;

    private final DataSubjectRequests requests;
    private final List<PersonalDataProvider> providers;
    private final ErasedPeople erased;
    private final Learners learners;
    private final Memberships memberships;
    private final Reminders reminders;
    private final EventFactory events;
    private final IdGenerator ids;
    private final Clock clock;

    public DataSubjectRequestService(DataSubjectRequests requests, List<PersonalDataProvider> providers,
                                     ErasedPeople erased, Learners learners, Memberships memberships,
                                     Reminders reminders, EventFactory events, IdGenerator ids, Clock clock) {
        this.requests = requests;
        this.providers = List.copyOf(providers);
        this.erased = erased;
        this.learners = learners;
        this.memberships = memberships;
        this.reminders = reminders;
        this.events = events;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public DataSubjectRequest submit(Actor actor, Kind kind, String learnerId) {
        Instant now = clock.instant();
        DataSubjectRequest request;
        if (learnerId == null) {
            Optional<Learner> own = learners.findBySubject(actor.subject());
            request = DataSubjectRequest.received(ids.newId(), kind, actor.subject(), own.map(Learner::id).orElse(null),
                    own.map(DataSubjectRequestService::school).orElseGet(() -> firstOrganisation(actor)),
                    actor.subject(), now);
        } else {
            Learner learner = learners.findById(learnerId).filter(found -> school(found) != null
                    && actor.canManage(school(found))).orElseThrow(() -> new NotFoundException("Learner", learnerId));
            request = DataSubjectRequest.received(ids.newId(), kind, learner.subject(), learner.id(), school(learner),
                    actor.subject(), now);
        }
        DataSubjectRequest stored = requests.insert(request, events.created(PrivacyEvents.REQUEST_RECEIVED,
                actor.initiatorFor(request.organisation()), request, Map.of("kind", kind.name())));
        if (stored.isOpen()) {
            reminders.schedule(new Reminder(reminderKey(stored.id()), REMINDER_KIND, stored.reminderAt(),
                    Map.of(REQUEST, stored.id())));
        }
        return stored;
    }

    @Override
    public DataSubjectRequest find(Actor actor, String id) {
        return requests.findById(id).filter(request -> isThePerson(actor, request) || answers(actor, request))
                .orElseThrow(() -> new NotFoundException("DataSubjectRequest", id));
    }

    @Override
    public List<DataSubjectRequest> mine(Actor actor) {
        return requests.ofPerson(actor.subject(), MAX_LISTED);
    }

    /**
     * Carries out an erasure request: every provider deletes or pseudonymises what it holds, a legal hold keeps (and
     * restricts) what the law requires, and the tombstone remembers the person so replays bring nothing back.
     * Idempotent: a completed request is returned as it is, and a retry after a crash erases what is left.
     */
    @Override
    public DataSubjectRequest erase(Actor actor, String id) {
        DataSubjectRequest request = requests.findById(id).filter(found -> answers(actor, found)
                && found.kind() == Kind.ERASURE).orElseThrow(() -> new NotFoundException("DataSubjectRequest", id));
        if (!request.isOpen()) {
            return request;
        }
        Instant now = clock.instant();
        DataSubject person = keysOf(request);
        erased.remember(person, now);
        List<ErasureOutcome> outcomes = providers.stream().map(provider -> provider.erase(person, now)).toList();
        DataSubjectRequest done = request.erased(outcomes, Pseudonyms.of(person), now);
        DataSubjectRequest stored = requests.update(done, events.changed(PrivacyEvents.REQUEST_ERASED,
                actor.initiatorFor(request.organisation()), request, done, Map.of()));
        reminders.cancel(reminderKey(id));
        return stored;
    }

    /** Built from what every provider holds now; anyone but the person gets not found. */
    @Override
    public byte[] archive(Actor actor, String id) {
        DataSubjectRequest request = requests.findById(id).filter(found -> isThePerson(actor, found)
                && (found.kind() == Kind.ACCESS || found.kind() == Kind.PORTABILITY))
                .orElseThrow(() -> new NotFoundException("DataSubjectRequest", id));
        DataSubject person = keysOf(request);
        List<ExportSection> sections = providers.stream().flatMap(provider -> provider.export(person).stream())
                .toList();
        return ExportArchive.zip(sections);
    }

    /** Every key the stores may file the person under: their account, their learner profiles, their addresses. */
    DataSubject keysOf(DataSubjectRequest request) {
        Set<String> learnerIds = new HashSet<>();
        Set<EmailAddress> emails = new HashSet<>();
        Optional.ofNullable(request.learnerId()).flatMap(learners::findById).ifPresent(learner -> {
            learnerIds.add(learner.id());
            Optional.ofNullable(learner.identity().email()).ifPresent(emails::add);
        });
        if (request.person() != null) {
            learners.findBySubject(request.person()).ifPresent(learner -> {
                learnerIds.add(learner.id());
                Optional.ofNullable(learner.identity().email()).ifPresent(emails::add);
            });
            memberships.findActiveBySubject(request.person()).stream().map(Membership::email).forEach(emails::add);
        }
        if (request.learnerId() != null) {
            learnerIds.add(request.learnerId());
        }
        return new DataSubject(request.person(), learnerIds, emails);
    }

    private static boolean isThePerson(Actor actor, DataSubjectRequest request) {
        return actor.subject().equals(request.person());
    }

    private static boolean answers(Actor actor, DataSubjectRequest request) {
        return actor.isPlatformAdmin() || request.organisation() != null && actor.manages(request.organisation());
    }

    private static Tenant school(Learner learner) {
        return learner.academic() == null || learner.academic().schoolId() == null ? null
                : Tenant.school(learner.academic().schoolId());
    }

    private static Tenant firstOrganisation(Actor actor) {
        return actor.memberships().stream().map(Membership::tenant).findFirst().orElse(null);
    }

    static String reminderKey(String requestId) {
        return REMINDER_KIND + "/" + requestId;
    }
}
