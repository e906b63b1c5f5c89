package fr.passerelle.enrollment.service;

import fr.passerelle.testing.InMemoryEnrollments;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.enrollment.model.DossierDocument;
import fr.passerelle.enrollment.model.DossierDocumentKind;
import fr.passerelle.enrollment.model.DossierFile;
import fr.passerelle.enrollment.model.DossierRejectReason;
import fr.passerelle.enrollment.model.DossierRejection;
import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.notification.model.Notification;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.Deliveries;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryMemberships;
import fr.passerelle.testing.InMemoryNotifications;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DossierNoticesTest {

    private final DossierFakes.InMemoryDossierDocuments documents = new DossierFakes.InMemoryDossierDocuments();
    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    private final InMemoryMemberships memberships = new InMemoryMemberships();
    private final InMemoryNotifications notifications = new InMemoryNotifications();
    private final DossierNotices notices = new DossierNotices(documents, enrollments, memberships,
            Deliveries.inApp(notifications));
    private DossierDocument document;

    @BeforeEach
    void seed() {
        Actors.member(memberships, "admissions-1", Tenant.school("school-1"), MembershipRole.ADMISSIONS);
        Actors.member(memberships, "finance-1", Tenant.school("school-1"), MembershipRole.FINANCE);
        Actors.member(memberships, "admissions-2", Tenant.school("school-2"), MembershipRole.ADMISSIONS);
        enrollments.seed(DossierFakes.enrollment("enrollment-1", "school-1", "learner-1", DossierFakes.employee()));
        document = DossierDocument.first("school-1", "enrollment-1", DossierDocumentKind.LATEST_DIPLOMA,
                new DossierFile("k", "application/pdf", 1, "aa", "learner-1", Fixtures.NOW), null);
    }

    @Test
    void anUploadAsksTheSchoolsAdmissionsToReviewItAndNobodyElse() {
        documents.seed(document);

        notices.on(event("e1", EnrollmentEvents.DOCUMENT_UPLOADED));
        notices.on(event("e1", EnrollmentEvents.DOCUMENT_UPLOADED));

        assertThat(notifications.all()).singleElement().satisfies(notification -> {
            assertThat(notification.recipient()).isEqualTo("admissions-1");
            assertThat(notification.kind()).isEqualTo(NotificationKind.DOSSIER_DOCUMENT_UPLOADED);
            assertThat(notification.targetId()).isEqualTo("enrollment-1");
        });
    }

    @Test
    void aRejectionOrAnExpiryTellsTheLearnerWithTheReason() {
        documents.seed(document.rejected("admissions-1", Fixtures.NOW,
                new DossierRejection(DossierRejectReason.ILLEGIBLE, null)));

        notices.on(event("e2", EnrollmentEvents.DOCUMENT_REJECTED));
        notices.on(event("e3", EnrollmentEvents.DOCUMENT_EXPIRED));

        assertThat(notifications.all()).extracting(Notification::recipient).containsOnly("learner-1");
        assertThat(notifications.all()).extracting(Notification::kind).containsExactlyInAnyOrder(
                NotificationKind.DOSSIER_DOCUMENT_REJECTED, NotificationKind.DOSSIER_DOCUMENT_EXPIRED);
        assertThat(notifications.all()).filteredOn(n -> n.kind() == NotificationKind.DOSSIER_DOCUMENT_REJECTED)
                .extracting(Notification::body).singleElement().asString().contains("ILLEGIBLE");
    }

    private DomainEvent event(String id, String type) {
        return new DomainEvent(id, type, "DossierDocument", document.id(), 1, Initiator.system(), Fixtures.NOW,
                List.of(), Map.of(EnrollmentEvents.SCHOOL_ID, "school-1", EnrollmentEvents.ENROLLMENT_ID,
                "enrollment-1", EnrollmentEvents.KIND, "LATEST_DIPLOMA"));
    }
}
