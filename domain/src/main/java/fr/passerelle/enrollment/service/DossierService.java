package fr.passerelle.enrollment.service;

import fr.passerelle.agreement.model.ScanFormat;
import fr.passerelle.agreement.model.Sha256;
import fr.passerelle.crm.port.out.ContactFiles;
import fr.passerelle.enrollment.model.DossierDocument;
import fr.passerelle.enrollment.model.DossierDocumentKind;
import fr.passerelle.enrollment.model.DossierFile;
import fr.passerelle.enrollment.model.DossierRejectReason;
import fr.passerelle.enrollment.model.DossierRejection;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.enrollment.model.EnrollmentState;
import fr.passerelle.enrollment.port.in.DossierUseCases;
import fr.passerelle.enrollment.port.out.DossierDocuments;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.shared.port.Reminders;
import fr.passerelle.shared.service.VersionedChange;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.DateWindow;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import fr.passerelle.shared.validation.UnrecognisedFileException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Uploads and reviews an enrollment's dossier documents. A file is checked (size, then its first bytes) before
 * anything is kept; its bytes go to the file store before the document refers to them, and a replaced version's bytes
 * are removed after the document stopped referring to them (a crash in between leaves bytes nothing refers to).
 * Accepting a document that expires schedules a durable reminder the day after its last valid day, which marks it
 * expired; the enrollment reads the dossier gate again on the events recorded here.
 */
public class DossierService implements DossierUseCases {

    /** The kind of the reminder that marks an accepted document expired. */
    public static final String EXPIRY_REMINDER = "dossier-document-expiry";
    static final String DOCUMENT_ID = "documentId";
    private static final String TYPE = "DossierDocument";
    private static final Set<EnrollmentState> CLOSED = Set.of(EnrollmentState.CANCELLED, EnrollmentState.ABANDONED,
            EnrollmentState.COMPLETED);

    private final Enrollments enrollments;
    private final DossierDocuments documents;
    private final ContactFiles files;
    private final DossierGate gate;
    private final Reminders reminders;
    private final EventFactory events;
    private final Clock clock;

    public DossierService(Enrollments enrollments, DossierDocuments documents, ContactFiles files, DossierGate gate,
                          Reminders reminders, EventFactory events, Clock clock) {
        this.enrollments = enrollments;
        this.documents = documents;
        this.files = files;
        this.gate = gate;
        this.reminders = reminders;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public DossierDocument upload(Actor actor, String enrollmentId, DossierDocumentKind kind, byte[] content,
                                  LocalDate statedExpiry) {
        Enrollment enrollment = EnrollmentAccess.requireWorkOrOwn(actor,
                EnrollmentAccess.load(enrollments, enrollmentId));
        open(enrollment);
        if (content == null || content.length == 0) {
            throw BusinessRuleViolation.of("file", ErrorCode.REQUIRED, "error.value.required");
        }
        if (content.length > MAX_BYTES) {
            throw BusinessRuleViolation.of("file", ErrorCode.OUT_OF_RANGE, "error.dossier.too-large",
                    MAX_BYTES / (1024 * 1024));
        }
        ScanFormat format = ScanFormat.of(content).orElseThrow(() -> new UnrecognisedFileException("file",
                "error.file.not-scan"));
        LocalDate today = PlatformCalendar.today(clock);
        Checks checks = new Checks();
        checks.required("kind", kind);
        checks.date("expiresOn", statedExpiry, DateWindow.lifetime(today));
        checks.throwIfAny();
        if (!gate.required(enrollment).contains(kind)) {
            throw BusinessRuleViolation.of("kind", ErrorCode.INVALID, "error.dossier.kind-not-required");
        }
        String sha256 = Sha256.of(content);
        String id = DossierDocument.idOf(enrollment.id(), kind);
        DossierFile file = new DossierFile(DossierFile.keyOf(id, sha256), format.mediaType(), content.length, sha256,
                actor.subject(), clock.instant());
        Initiator by = actor.initiatorFor(Tenant.school(enrollment.schoolId()));
        Optional<DossierDocument> existing = documents.findById(id);
        if (existing.isPresent() && existing.get().file().sha256().equals(sha256)) {
            return existing.get();
        }
        files.put(file.key(), content);
        if (existing.isEmpty()) {
            try {
                DossierDocument created = DossierDocument.first(enrollment.schoolId(), enrollment.id(), kind, file,
                        statedExpiry);
                return documents.insert(created, events.created(EnrollmentEvents.DOCUMENT_UPLOADED, by, created,
                        attributes(created)));
            } catch (DuplicateKeyException firstUploadRace) {
                // Someone uploaded the first version meanwhile: this one replaces it, as if it came second.
            }
        }
        DossierDocument[] before = new DossierDocument[1];
        DossierDocument replaced = change(id, null, EnrollmentEvents.DOCUMENT_UPLOADED, by, document -> {
            before[0] = document;
            return document.uploaded(file, statedExpiry);
        });
        if (replaced != before[0]) {
            forgetExpiry(before[0]);
            files.delete(before[0].file().key());
        }
        return replaced;
    }

    @Override
    public DossierDocument accept(Actor actor, String enrollmentId, DossierDocumentKind kind, LocalDate expiresOn,
                                  Long expectedVersion) {
        Enrollment enrollment = workable(actor, enrollmentId);
        LocalDate today = PlatformCalendar.today(clock);
        Checks checks = new Checks();
        checks.date("expiresOn", expiresOn, DateWindow.lifetime(today));
        checks.throwIfAny();
        DossierDocument accepted = change(document(enrollment, kind), expectedVersion,
                EnrollmentEvents.DOCUMENT_ACCEPTED, actor.initiatorFor(Tenant.school(enrollment.schoolId())),
                document -> document.accepted(actor.subject(), clock.instant(), expiresOn, today));
        if (accepted.expiresOn() != null) {
            reminders.schedule(new Reminder(expiryKey(accepted), EXPIRY_REMINDER,
                    accepted.expiresOn().plusDays(1).atStartOfDay(PlatformCalendar.ZONE).toInstant(),
                    Map.of(DOCUMENT_ID, accepted.id())));
        }
        return accepted;
    }

    @Override
    public DossierDocument reject(Actor actor, String enrollmentId, DossierDocumentKind kind,
                                  DossierRejectReason reason, String comment, Long expectedVersion) {
        Enrollment enrollment = workable(actor, enrollmentId);
        Checks checks = new Checks();
        checks.required("reason", reason);
        String cleanComment = checks.optionalText("comment", comment, Limits.LONG_TEXT);
        checks.throwIfAny();
        DossierDocument[] before = new DossierDocument[1];
        DossierDocument rejected = change(document(enrollment, kind), expectedVersion,
                EnrollmentEvents.DOCUMENT_REJECTED, actor.initiatorFor(Tenant.school(enrollment.schoolId())),
                document -> {
                    before[0] = document;
                    return document.rejected(actor.subject(), clock.instant(),
                            new DossierRejection(reason, cleanComment));
                });
        forgetExpiry(before[0]);
        return rejected;
    }

    /** The expiry reminder fired: marks the document expired if it still is accepted and past its day. */
    public void expire(String documentId) {
        LocalDate today = PlatformCalendar.today(clock);
        documents.findById(documentId).filter(document -> document.expiredOn(today) != document)
                .ifPresent(document -> change(documentId, null, EnrollmentEvents.DOCUMENT_EXPIRED,
                        Initiator.system(), current -> current.expiredOn(today)));
    }

    @Override
    public Optional<DossierDownload> download(Actor actor, String enrollmentId, DossierDocumentKind kind) {
        return enrollments.findById(enrollmentId).filter(enrollment -> EnrollmentAccess.mayRead(actor, enrollment))
                .map(enrollment -> {
                    if (!EnrollmentAccess.mayReadDossier(actor, enrollment)) {
                        throw new ForbiddenException("error.forbidden.enrollment");
                    }
                    return enrollment;
                })
                .flatMap(enrollment -> documents.findById(DossierDocument.idOf(enrollment.id(), kind)))
                .flatMap(document -> files.find(document.file().key())
                        .map(content -> new DossierDownload(document, content)));
    }

    @Override
    public Map<String, Dossier> dossiers(Actor actor, Collection<Enrollment> of) {
        List<Enrollment> readable = of.stream().filter(enrollment -> EnrollmentAccess.mayRead(actor, enrollment))
                .toList();
        if (readable.isEmpty()) {
            return Map.of();
        }
        Map<String, List<DossierDocument>> byEnrollment = documents.ofEnrollments(readable.stream()
                .map(Enrollment::id).toList()).stream().collect(Collectors.groupingBy(DossierDocument::enrollmentId));
        Map<String, Dossier> dossiers = new HashMap<>(gate.of(readable, byEnrollment));
        // Finance sees whether the dossier is complete, not which documents it holds (need to know).
        readable.stream().filter(enrollment -> !EnrollmentAccess.mayReadDossier(actor, enrollment))
                .forEach(enrollment -> dossiers.put(enrollment.id(),
                        new Dossier(List.of(), dossiers.get(enrollment.id()).complete())));
        return dossiers;
    }

    private Enrollment workable(Actor actor, String enrollmentId) {
        Enrollment enrollment = EnrollmentAccess.requireWork(actor, EnrollmentAccess.load(enrollments, enrollmentId));
        open(enrollment);
        return enrollment;
    }

    private static void open(Enrollment enrollment) {
        if (CLOSED.contains(enrollment.state())) {
            throw BusinessRuleViolation.of("", ErrorCode.INVALID_STATE, "error.dossier.enrollment-closed");
        }
    }

    /** The id of the enrollment's document of that kind, which must have been uploaded (else it is not found). */
    private String document(Enrollment enrollment, DossierDocumentKind kind) {
        if (kind == null) {
            throw BusinessRuleViolation.of("kind", ErrorCode.REQUIRED, "error.value.required");
        }
        String id = DossierDocument.idOf(enrollment.id(), kind);
        if (documents.findById(id).isEmpty()) {
            throw new NotFoundException(TYPE, id);
        }
        return id;
    }

    private DossierDocument change(String id, Long expectedVersion, String type, Initiator by,
                                   UnaryOperator<DossierDocument> change) {
        Supplier<DossierDocument> load = () -> documents.findById(id)
                .orElseThrow(() -> new NotFoundException(TYPE, id));
        DossierDocument stored = load.get();
        if (change.apply(stored) == stored) {
            return stored; // a retried request: answered as it stands, whatever version it was sent with
        }
        return new VersionedChange<DossierDocument>(load, DossierDocument::version,
                (before, after) -> documents.update(after, events.changed(type, by, before, after, attributes(after))))
                .apply(expectedVersion, change);
    }

    private void forgetExpiry(DossierDocument document) {
        if (document != null && document.expiresOn() != null) {
            reminders.cancel(expiryKey(document));
        }
    }

    /** One reminder per document and last valid day: accepting again with another day schedules anew. */
    private static String expiryKey(DossierDocument document) {
        return EXPIRY_REMINDER + ":" + document.id() + ":" + document.expiresOn();
    }

    private static Map<String, String> attributes(DossierDocument document) {
        return Map.of(EnrollmentEvents.SCHOOL_ID, document.schoolId(), EnrollmentEvents.ENROLLMENT_ID,
                document.enrollmentId(), EnrollmentEvents.KIND, document.kind().name());
    }
}
