package fr.passerelle.enrollment.service;

import fr.passerelle.testing.InMemoryEnrollments;
import static fr.passerelle.testing.Violations.pathsAndCodesThrownBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.crm.model.ContactSituation;
import fr.passerelle.enrollment.model.Applicant;
import fr.passerelle.enrollment.model.DossierDocument;
import fr.passerelle.enrollment.model.DossierDocumentKind;
import fr.passerelle.enrollment.model.DossierDocumentState;
import fr.passerelle.enrollment.model.DossierRejectReason;
import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.enrollment.model.FundingSource;
import fr.passerelle.enrollment.port.in.DossierUseCases.DossierItem;
import fr.passerelle.enrollment.port.in.DossierUseCases;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.shared.validation.UnrecognisedFileException;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryMemberships;
import fr.passerelle.testing.MutableClock;
import fr.passerelle.testing.RecordingReminders;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DossierServiceTest {

    private static final byte[] PDF = "%PDF-1.7 diploma".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OTHER_PDF = "%PDF-1.7 another diploma".getBytes(StandardCharsets.US_ASCII);

    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    private final DossierFakes.InMemoryDossierDocuments documents = new DossierFakes.InMemoryDossierDocuments();
    private final DossierFakes.Files files = new DossierFakes.Files();
    private final DossierFakes.FakeFunding funding = new DossierFakes.FakeFunding();
    private final RecordingReminders reminders = new RecordingReminders();
    private final InMemoryMemberships memberships = new InMemoryMemberships();
    private final MutableClock clock = new MutableClock();
    private final DossierGate gate = new DossierGate(documents, funding, clock);
    private final DossierService service = new DossierService(enrollments, documents, files, gate, reminders,
            Fixtures.events(), clock);
    private Actor admissions;
    private final Actor learner = Actors.learner("learner-1");

    @BeforeEach
    void seed() {
        admissions = Actors.member(memberships, "admissions-1", Tenant.school("school-1"), MembershipRole.ADMISSIONS);
        enrollments.seed(DossierFakes.enrollment("enrollment-1", "school-1", "learner-1", DossierFakes.employee()));
    }

    @Test
    void aPageOfDossiersReadsTheFundingsOnceWhateverItsSize() {
        for (int i = 2; i <= 20; i++) {
            enrollments.seed(DossierFakes.enrollment("enrollment-" + i, "school-1", null, DossierFakes.employee()));
        }
        funding.sources.put("enrollment-7", Set.of(FundingSource.OPCO));

        var dossiers = service.dossiers(admissions, enrollments.all());

        assertThat(dossiers).hasSize(20);
        assertThat(funding.reads).isEqualTo(1);
        assertThat(dossiers.get("enrollment-7").required()).extracting(DossierItem::kind)
                .contains(DossierDocumentKind.OPCO_FUNDING_AGREEMENT);
    }

    @Test
    void theLearnerUploadsTheirOwnDocumentUnderTheTypeItsContentProves() {
        DossierDocument uploaded = service.upload(learner, "enrollment-1", DossierDocumentKind.LATEST_DIPLOMA, PDF,
                null);

        assertThat(uploaded.state()).isEqualTo(DossierDocumentState.PENDING);
        assertThat(uploaded.file().contentType()).isEqualTo("application/pdf");
        assertThat(uploaded.file().uploadedBy()).isEqualTo("learner-1");
        assertThat(files.stored).containsOnlyKeys(uploaded.file().key());
        assertThat(documents.events()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(EnrollmentEvents.DOCUMENT_UPLOADED);
            assertThat(event.attributes()).containsEntry(EnrollmentEvents.SCHOOL_ID, "school-1")
                    .containsEntry(EnrollmentEvents.ENROLLMENT_ID, "enrollment-1")
                    .containsEntry(EnrollmentEvents.KIND, "LATEST_DIPLOMA");
        });
    }

    @Test
    void theSameBytesTwiceAreOneVersionAndNewBytesReplaceTheOldFile() {
        DossierDocument first = service.upload(learner, "enrollment-1", DossierDocumentKind.LATEST_DIPLOMA, PDF,
                null);
        assertThat(service.upload(learner, "enrollment-1", DossierDocumentKind.LATEST_DIPLOMA, PDF, null))
                .isEqualTo(first);
        assertThat(documents.events()).hasSize(1);

        DossierDocument second = service.upload(learner, "enrollment-1", DossierDocumentKind.LATEST_DIPLOMA,
                OTHER_PDF, null);

        assertThat(second.version()).isEqualTo(1);
        assertThat(second.previous()).extracting(f -> f.sha256()).containsExactly(first.file().sha256());
        assertThat(files.stored).containsOnlyKeys(second.file().key());
        assertThat(service.download(admissions, "enrollment-1", DossierDocumentKind.LATEST_DIPLOMA))
                .get().extracting(DossierUseCases.DossierDownload::content).isEqualTo(OTHER_PDF);
    }

    @Test
    void refusesAFileThatIsNoScanTooLargeOrNotRequired() {
        assertThatThrownBy(() -> service.upload(learner, "enrollment-1", DossierDocumentKind.LATEST_DIPLOMA,
                "<html>".getBytes(StandardCharsets.US_ASCII), null)).isInstanceOf(UnrecognisedFileException.class);
        byte[] huge = new byte[DossierUseCases.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        assertThat(pathsAndCodesThrownBy(() -> service.upload(learner, "enrollment-1",
                DossierDocumentKind.LATEST_DIPLOMA, huge, null))).containsExactly("file OUT_OF_RANGE");
        assertThat(pathsAndCodesThrownBy(() -> service.upload(learner, "enrollment-1",
                DossierDocumentKind.OPCO_FUNDING_AGREEMENT, PDF, null))).containsExactly("kind INVALID");
        assertThat(files.stored).isEmpty();
        assertThat(documents.size()).isZero();
    }

    @Test
    void onlyAdmissionsReviewAndEveryoneElseIsToldItDoesNotExist() {
        service.upload(learner, "enrollment-1", DossierDocumentKind.LATEST_DIPLOMA, PDF, null);
        Actor finance = Actors.member(memberships, "finance-1", Tenant.school("school-1"), MembershipRole.FINANCE);
        Actor otherSchool = Actors.member(memberships, "admin-2", Tenant.school("school-2"),
                MembershipRole.SCHOOL_ADMIN);

        assertThatThrownBy(() -> service.accept(finance, "enrollment-1", DossierDocumentKind.LATEST_DIPLOMA, null,
                null)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.accept(learner, "enrollment-1", DossierDocumentKind.LATEST_DIPLOMA, null,
                null)).isInstanceOf(ForbiddenException.class);
        for (Actor stranger : List.of(otherSchool, Actors.learner("learner-2"), Actors.platformAdmin())) {
            assertThatThrownBy(() -> service.upload(stranger, "enrollment-1", DossierDocumentKind.LATEST_DIPLOMA,
                    PDF, null)).isInstanceOf(NotFoundException.class);
            assertThat(service.download(stranger, "enrollment-1", DossierDocumentKind.LATEST_DIPLOMA)).isEmpty();
            assertThat(service.dossiers(stranger, enrollments.all())).isEmpty();
        }
        assertThatThrownBy(() -> service.download(finance, "enrollment-1", DossierDocumentKind.LATEST_DIPLOMA))
                .as("finance has no need to know the documents").isInstanceOf(ForbiddenException.class);
        assertThat(service.dossiers(finance, enrollments.all())).hasEntrySatisfying("enrollment-1", dossier -> {
            assertThat(dossier.required()).isEmpty();
            assertThat(dossier.complete()).isFalse();
        });
        assertThat(service.dossiers(admissions, enrollments.all()).get("enrollment-1").required()).isNotEmpty();
        assertThatThrownBy(() -> service.upload(admissions, "missing", DossierDocumentKind.LATEST_DIPLOMA, PDF, null))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theDossierIsCompleteWhenEveryRequiredDocumentIsAcceptedAndValid() {
        for (DossierDocumentKind kind : List.of(DossierDocumentKind.IDENTITY, DossierDocumentKind.LATEST_DIPLOMA,
                DossierDocumentKind.MOTIVATION_LETTER)) {
            service.upload(learner, "enrollment-1", kind, ("%PDF-" + kind).getBytes(StandardCharsets.US_ASCII),
                    null);
        }
        service.accept(admissions, "enrollment-1", DossierDocumentKind.LATEST_DIPLOMA, null, 0L);
        service.accept(admissions, "enrollment-1", DossierDocumentKind.MOTIVATION_LETTER, null, null);
        assertThat(gate.complete(enrollments.findById("enrollment-1").orElseThrow())).isFalse();

        LocalDate lastDay = Fixtures.TODAY.plusDays(20);
        DossierDocument identity = service.accept(admissions, "enrollment-1", DossierDocumentKind.IDENTITY, lastDay,
                null);

        assertThat(gate.complete(enrollments.findById("enrollment-1").orElseThrow())).isTrue();
        assertThat(reminders.pending()).singleElement().satisfies(reminder -> {
            assertThat(reminder.kind()).isEqualTo(DossierService.EXPIRY_REMINDER);
            assertThat(reminder.dueAt()).isEqualTo(lastDay.plusDays(1).atStartOfDay(
                    fr.passerelle.shared.model.PlatformCalendar.ZONE).toInstant());
            assertThat(reminder.attribute("documentId")).isEqualTo(identity.id());
        });
        funding.sources.put("enrollment-1", Set.of(FundingSource.OPCO));
        assertThat(gate.complete(enrollments.findById("enrollment-1").orElseThrow())).isFalse();
        funding.sources.clear();

        clock.set(lastDay.plusDays(1).atStartOfDay(fr.passerelle.shared.model.PlatformCalendar.ZONE).toInstant());
        assertThat(gate.complete(enrollments.findById("enrollment-1").orElseThrow())).isFalse();
        Reminder due = reminders.pending().get(0);
        new DossierExpiry(service).fire(due);
        new DossierExpiry(service).fire(due);
        assertThat(documents.findById(identity.id()).orElseThrow().state()).isEqualTo(DossierDocumentState.EXPIRED);
        assertThat(documents.eventTypes()).containsOnlyOnce(EnrollmentEvents.DOCUMENT_EXPIRED);
    }

    @Test
    void aStaleVersionIsRefusedAndARejectionCancelsTheExpiryReminder() {
        service.upload(learner, "enrollment-1", DossierDocumentKind.IDENTITY, PDF, Fixtures.TODAY.plusYears(5));
        assertThat(pathsAndCodesThrownBy(() -> service.accept(admissions, "enrollment-1",
                DossierDocumentKind.IDENTITY, null, 3L))).containsExactly("expectedVersion STALE_VERSION");
        DossierDocument accepted = service.accept(admissions, "enrollment-1", DossierDocumentKind.IDENTITY, null, 0L);
        assertThat(accepted.expiresOn()).isEqualTo(Fixtures.TODAY.plusYears(5));
        assertThat(service.accept(admissions, "enrollment-1", DossierDocumentKind.IDENTITY, null, 0L))
                .as("a retried accept, sent with the version it was first sent with").isEqualTo(accepted);

        DossierDocument rejected = service.reject(admissions, "enrollment-1", DossierDocumentKind.IDENTITY,
                DossierRejectReason.NAME_MISMATCH, "Pas le bon nom", 1L);

        assertThat(rejected.state()).isEqualTo(DossierDocumentState.REJECTED);
        assertThat(rejected.rejection().comment()).isEqualTo("Pas le bon nom");
        assertThat(service.reject(admissions, "enrollment-1", DossierDocumentKind.IDENTITY,
                DossierRejectReason.NAME_MISMATCH, "Pas le bon nom", 1L))
                .as("a retried reject, sent with the version it was first sent with").isEqualTo(rejected);
        assertThat(reminders.pending()).isEmpty();
        assertThat(documents.eventTypes()).containsExactly(EnrollmentEvents.DOCUMENT_UPLOADED,
                EnrollmentEvents.DOCUMENT_ACCEPTED, EnrollmentEvents.DOCUMENT_REJECTED);
    }

    @Test
    void aMinorJobSeekersDossierListsItsDocumentsInOneRead() {
        enrollments.seed(DossierFakes.enrollment("enrollment-2", "school-1", null,
                new Applicant(ContactSituation.JOB_SEEKER, true)));
        service.upload(admissions, "enrollment-2", DossierDocumentKind.GUARDIAN_CONSENT, PDF, null);

        var dossiers = service.dossiers(admissions, enrollments.all());

        assertThat(documents.reads).hasSize(1);
        assertThat(dossiers.get("enrollment-2").required()).extracting(DossierUseCases.DossierItem::kind)
                .containsExactly(DossierDocumentKind.IDENTITY, DossierDocumentKind.LATEST_DIPLOMA,
                        DossierDocumentKind.MOTIVATION_LETTER, DossierDocumentKind.FRANCE_TRAVAIL_REGISTRATION,
                        DossierDocumentKind.GUARDIAN_ID, DossierDocumentKind.GUARDIAN_CONSENT);
        assertThat(dossiers.get("enrollment-2").required().get(5).state()).isEqualTo(DossierDocumentState.PENDING);
        assertThat(dossiers.get("enrollment-2").required().get(0).state()).isNull();
        assertThat(dossiers.get("enrollment-2").complete()).isFalse();
    }
}
