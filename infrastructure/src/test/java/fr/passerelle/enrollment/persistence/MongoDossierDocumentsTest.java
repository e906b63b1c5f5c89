package fr.passerelle.enrollment.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.PersistenceTestApplication;
import fr.passerelle.crm.model.ContactSituation;
import fr.passerelle.crm.port.out.ContactFiles;
import fr.passerelle.enrollment.model.Applicant;
import fr.passerelle.enrollment.model.DossierDocument;
import fr.passerelle.enrollment.model.DossierDocumentKind;
import fr.passerelle.enrollment.model.DossierDocumentState;
import fr.passerelle.enrollment.model.DossierFile;
import fr.passerelle.enrollment.model.DossierRejectReason;
import fr.passerelle.enrollment.model.DossierRejection;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentState;
import fr.passerelle.enrollment.port.out.DossierDocuments;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.persistence.Fixtures;
import fr.passerelle.privacy.model.DataSubject;
import fr.passerelle.privacy.model.ErasureOutcome;
import fr.passerelle.privacy.persistence.LegalHolds;
import fr.passerelle.shared.error.ConcurrentUpdateException;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.testing.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The dossier documents' adapter on the embedded store: a document round-trips with its files, rejection and history,
 * is locked optimistically and unique per enrollment and kind, a page of enrollments' documents is one read; and its
 * privacy provider deletes an unsigned enrollment's documents with their files, holds a signed one's funder documents,
 * and expires identity documents once the enrollment ended.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
@TestPropertySource(properties = "passerelle.mongodb.in-memory=true")
class MongoDossierDocumentsTest {

    @Autowired
    private DossierDocuments documents;

    @Autowired
    private Enrollments enrollments;

    @Autowired
    private ContactFiles files;

    @Autowired
    private DossierDocumentsPrivacy privacy;

    @Autowired
    private LegalHolds holds;

    @Autowired
    private org.springframework.data.mongodb.core.MongoOperations mongo;

    @BeforeEach
    void empty() {
        TestDatabase.clear(mongo);
    }

    @Test
    void aDocumentRoundTripsWithItsFilesReviewAndHistoryUnderOptimisticLocking() {
        DossierDocument first = documents.insert(DossierDocument.first("school-1", "enrollment-1",
                DossierDocumentKind.IDENTITY, file("aa"), LocalDate.of(2031, 5, 1)), Fixtures.event());
        DossierDocument rejected = documents.update(first.uploaded(file("bb"), LocalDate.of(2031, 5, 1))
                .rejected("admissions-1", Fixtures.T0, new DossierRejection(DossierRejectReason.OTHER, "Floue")),
                Fixtures.event());

        DossierDocument read = documents.findById("enrollment-1.IDENTITY").orElseThrow();

        assertThat(read).isEqualTo(rejected);
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.state()).isEqualTo(DossierDocumentState.REJECTED);
        assertThat(read.previous()).extracting(DossierFile::sha256).containsExactly("aa");
        assertThat(read.expiresOn()).isEqualTo(LocalDate.of(2031, 5, 1));
        assertThatThrownBy(() -> documents.update(first.uploaded(file("cc"), null), Fixtures.event()))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> documents.insert(DossierDocument.first("school-1", "enrollment-1",
                DossierDocumentKind.IDENTITY, file("dd"), null), Fixtures.event()))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void thePageOfEnrollmentsReadsItsDocumentsAtOnce() {
        for (String enrollment : List.of("enrollment-1", "enrollment-2", "enrollment-3")) {
            for (DossierDocumentKind kind : List.of(DossierDocumentKind.IDENTITY, DossierDocumentKind.LATEST_DIPLOMA)) {
                documents.insert(DossierDocument.first("school-1", enrollment, kind, file(enrollment + kind), null),
                        Fixtures.event());
            }
        }

        assertThat(documents.ofEnrollments(List.of("enrollment-1", "enrollment-3")))
                .extracting(DossierDocument::id).containsExactlyInAnyOrder("enrollment-1.IDENTITY",
                        "enrollment-1.LATEST_DIPLOMA", "enrollment-3.IDENTITY", "enrollment-3.LATEST_DIPLOMA");
        assertThat(documents.ofEnrollments(List.of())).isEmpty();
    }

    @Test
    void erasureDeletesAnUnsignedEnrollmentsDocumentsAndHoldsASignedOnesFunderDocuments() {
        enrollment("unsigned", EnrollmentState.DOSSIER_INCOMPLETE, "sub-ana", Fixtures.T0);
        enrollment("signed", EnrollmentState.CONFIRMED, "sub-ana", Fixtures.T0);
        enrollment("someone-else", EnrollmentState.DOSSIER_INCOMPLETE, "sub-bob", Fixtures.T0);
        DossierDocument unsigned = stored("unsigned", DossierDocumentKind.IDENTITY);
        DossierDocument signedIdentity = stored("signed", DossierDocumentKind.IDENTITY);
        DossierDocument signedOpco = stored("signed", DossierDocumentKind.OPCO_FUNDING_AGREEMENT);
        DossierDocument bobs = stored("someone-else", DossierDocumentKind.IDENTITY);
        DataSubject ana = new DataSubject("sub-ana", Set.of(), Set.of());

        assertThat(privacy.export(ana)).singleElement().satisfies(section ->
                assertThat(section.rows()).hasSize(3));
        ErasureOutcome outcome = privacy.erase(ana, Fixtures.T0);

        assertThat(documents.findById(unsigned.id())).isEmpty();
        assertThat(documents.findById(signedIdentity.id())).isEmpty();
        assertThat(files.find(unsigned.file().key())).isEmpty();
        assertThat(documents.findById(signedOpco.id())).isPresent();
        assertThat(files.find(signedOpco.file().key())).isPresent();
        assertThat(holds.restrictedAmong("enrollmentDocuments", List.of(signedOpco.id())))
                .containsExactly(signedOpco.id());
        assertThat(outcome.held()).singleElement().satisfies(hold ->
                assertThat(hold.reason()).isEqualTo("privacy.hold.training-agreement"));
        assertThat(documents.findById(bobs.id())).isPresent();
        assertThat(files.find(bobs.file().key())).isPresent();
    }

    @Test
    void identityDocumentsGoOnceTheEnrollmentEndedAndTheOthersStayForTheirOwnPeriod() {
        Instant ended = Instant.parse("2026-01-10T00:00:00Z");
        enrollment("completed", EnrollmentState.COMPLETED, null, ended);
        enrollment("running", EnrollmentState.IN_TRAINING, null, ended);
        DossierDocument identity = stored("completed", DossierDocumentKind.IDENTITY);
        DossierDocument diploma = stored("completed", DossierDocumentKind.LATEST_DIPLOMA);
        DossierDocument runningIdentity = stored("running", DossierDocumentKind.IDENTITY);

        assertThat(privacy.expire(DossierDocumentKind.IDENTITY_CLASS, ended, ended).deleted()).isZero();
        Instant later = ended.plusSeconds(1);
        assertThat(privacy.expire(DossierDocumentKind.IDENTITY_CLASS, later, later).deleted()).isEqualTo(1);
        assertThat(privacy.expire("crm.documents", later, later).deleted()).isZero();

        assertThat(documents.findById(identity.id())).isEmpty();
        assertThat(files.find(identity.file().key())).isEmpty();
        assertThat(documents.findById(diploma.id())).isPresent();
        assertThat(documents.findById(runningIdentity.id())).isPresent();
    }

    private void enrollment(String id, EnrollmentState state, String learner, Instant updatedAt) {
        enrollments.insert(new Enrollment(id, "school-1", "programme-1", "session-1", "contact-" + id, learner, null,
                new Applicant(ContactSituation.EMPLOYEE, false), true, state, null, null, List.of(), "admissions-1",
                Fixtures.T0, updatedAt, 0), Fixtures.event());
    }

    private DossierDocument stored(String enrollmentId, DossierDocumentKind kind) {
        DossierFile file = new DossierFile(DossierFile.keyOf(DossierDocument.idOf(enrollmentId, kind), "sha"),
                "application/pdf", 4, "sha", "sub-ana", Fixtures.T0);
        files.put(file.key(), new byte[] {'%', 'P', 'D', 'F'});
        return documents.insert(DossierDocument.first("school-1", enrollmentId, kind, file, null), Fixtures.event());
    }

    private static DossierFile file(String sha) {
        return new DossierFile("dossier/x/" + sha, "application/pdf", 10, sha, "learner-1", Fixtures.T0);
    }
}
