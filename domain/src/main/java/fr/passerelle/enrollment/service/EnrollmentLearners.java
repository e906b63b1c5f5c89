package fr.passerelle.enrollment.service;

import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.model.ContactDetails;
import fr.passerelle.crm.model.ContactSituation;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.crm.service.LearnerContacts;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.learner.model.Academic;
import fr.passerelle.learner.model.ArrivalSource;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.model.LearnerEvents;
import fr.passerelle.learner.model.LearnerIdentity;
import fr.passerelle.learner.model.LearnerStatus;
import fr.passerelle.learner.model.LearnerType;
import fr.passerelle.learner.port.out.Learners;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.EventSubscriber;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.service.VersionedChange;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Confirmation gives access: when an enrollment is confirmed, the school's learner profile of the person is linked
 * (the one the contact already points to, the one their platform account owns at this school, or the only unclaimed
 * one of the school with their e-mail) or else created from the contact's identity; the contact gains the LEARNER role
 * and points to it; the enrollment records it ({@code enrollment.learnerLinked}).
 * <p>
 * Idempotent: a created profile's id derives from (school, contact), so redeliveries and concurrent confirmations of
 * the person's enrollments create one; linking what is already linked writes nothing. A contact without an e-mail or a
 * given name gets no profile (a profile must be reachable and claimable): the enrollment stays without one.
 */
public class EnrollmentLearners implements EventSubscriber {

    private final Enrollments enrollments;
    private final Contacts contacts;
    private final Learners learners;
    private final LearnerContacts learnerContacts;
    private final EventFactory events;
    private final Clock clock;

    public EnrollmentLearners(Enrollments enrollments, Contacts contacts, Learners learners,
                              LearnerContacts learnerContacts, EventFactory events, Clock clock) {
        this.enrollments = enrollments;
        this.contacts = contacts;
        this.learners = learners;
        this.learnerContacts = learnerContacts;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "enrollment-learners";
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return EnrollmentEvents.ENROLLMENT_CONFIRMED.equals(event.type());
    }

    @Override
    public void on(DomainEvent event) {
        Enrollment enrollment = enrollments.findById(event.aggregateId()).orElse(null);
        Contact contact = enrollment == null ? null : contacts.findById(enrollment.contactId())
                .filter(c -> c.schoolId().equals(enrollment.schoolId())).orElse(null);
        if (contact == null) {
            return; // erased since
        }
        if (!contact.isActive()) {
            // The merge follower moves the enrollment to the survivor: retried, this delivery then links the survivor.
            throw new IllegalStateException("contact " + contact.id() + " merged away: enrollment not moved yet");
        }
        profileOf(enrollment, contact).ifPresent(learner -> {
            learnerContacts.link(contact.id(), learner);
            recordOn(enrollment.id(), learner.id());
        });
    }

    private Optional<Learner> profileOf(Enrollment enrollment, Contact contact) {
        String schoolId = enrollment.schoolId();
        String linked = contact.details().links().learnerId();
        Optional<Learner> pointedTo = linked == null ? Optional.empty() : learners.findById(linked);
        if (pointedTo.isPresent()) {
            return pointedTo;
        }
        String subject = contact.details().links().platformSubject();
        if (subject != null) {
            Optional<Learner> own = learners.findBySubject(subject);
            if (own.isPresent() && schoolId.equals(own.get().academic().schoolId())) {
                return own;
            }
            // Their account owns a profile elsewhere (one per account): this school's stays unclaimed.
            subject = own.isPresent() ? null : subject;
        }
        ContactDetails details = contact.details();
        if (details.email() == null || details.givenName() == null) {
            return Optional.empty();
        }
        List<Learner> unclaimed = learners.findUnclaimedByEmailInSchool(details.email(), schoolId, 2);
        if (unclaimed.size() == 1 && contacts.findByLearner(schoolId, unclaimed.get(0).id())
                .filter(other -> !other.id().equals(contact.id())).isEmpty()) {
            return Optional.of(unclaimed.get(0));
        }
        return Optional.of(create(enrollment, contact, subject));
    }

    private Learner create(Enrollment enrollment, Contact contact, String subject) {
        ContactDetails details = contact.details();
        LearnerIdentity identity = new LearnerIdentity(details.givenName(), details.familyName(), details.email(),
                details.phone(), null, details.address());
        Academic academic = new Academic(enrollment.schoolId(), null, null, null, List.of(), List.of(), List.of());
        String id = idFor(enrollment.schoolId(), contact.id());
        LearnerType type = typeOf(enrollment.applicant().situation());
        Learner learner = Learner.register(id, subject, identity, type, ArrivalSource.SCHOOL_STAFF, academic,
                Initiator.SYSTEM, clock.instant()).withIdentity(identity, type, LearnerStatus.ENROLLED, clock.instant());
        try {
            return learners.insert(learner, events.created(LearnerEvents.REGISTERED, Initiator.system(), learner,
                    Map.of("school", Tenant.school(enrollment.schoolId()).key())));
        } catch (DuplicateKeyException concurrentDelivery) {
            return learners.findById(id).orElseThrow(() -> concurrentDelivery);
        }
    }

    private void recordOn(String enrollmentId, String learnerId) {
        new VersionedChange<>(() -> enrollments.findById(enrollmentId).orElseThrow(), Enrollment::version,
                (before, after) -> enrollments.update(after, events.changed(
                        EnrollmentEvents.ENROLLMENT_LEARNER_LINKED, Initiator.system(), before, after,
                        EnrollmentService.attributes(after))))
                .apply(null, enrollment -> enrollment.withLearner(learnerId));
    }

    /** The id of the profile made for a contact of a school, the same for every delivery and every enrollment. */
    static String idFor(String schoolId, String contactId) {
        return UUID.nameUUIDFromBytes(("enrollment-learner/" + schoolId + "/" + contactId)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static LearnerType typeOf(ContactSituation situation) {
        return switch (situation) {
            case JOB_SEEKER, FIRST_ARRIVAL -> LearnerType.JOB_SEEKER;
            case EMPLOYEE, SELF_EMPLOYED -> LearnerType.EMPLOYEE;
            case STUDENT -> LearnerType.STUDENT;
            case CAREER_CHANGE, OTHER -> LearnerType.CAREER_CHANGER;
        };
    }
}
