package fr.passerelle.enrollment.service;

import fr.passerelle.enrollment.model.DossierDocument;
import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.enrollment.port.out.DossierDocuments;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.notification.model.Notice;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.notification.service.NoticeDelivery;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventSubscriber;
import java.util.List;
import java.util.Map;

/**
 * Tells whoever must act on a dossier document: admissions (and admins) of the school when one is uploaded (to
 * review); the learner when one is rejected (with the reason code: upload it again) or expires. Notices name the
 * document's kind, never the person, and target the enrollment. Keyed by the event, so a redelivery tells them once.
 */
public class DossierNotices implements EventSubscriber {

    private final DossierDocuments documents;
    private final Enrollments enrollments;
    private final Memberships memberships;
    private final NoticeDelivery delivery;

    public DossierNotices(DossierDocuments documents, Enrollments enrollments, Memberships memberships,
                          NoticeDelivery delivery) {
        this.documents = documents;
        this.enrollments = enrollments;
        this.memberships = memberships;
        this.delivery = delivery;
    }

    @Override
    public String name() {
        return "enrollment-dossier-notices";
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return event.type().equals(EnrollmentEvents.DOCUMENT_UPLOADED)
                || event.type().equals(EnrollmentEvents.DOCUMENT_REJECTED)
                || event.type().equals(EnrollmentEvents.DOCUMENT_EXPIRED);
    }

    @Override
    public void on(DomainEvent event) {
        documents.findById(event.aggregateId()).ifPresent(document -> {
            switch (event.type()) {
                case EnrollmentEvents.DOCUMENT_UPLOADED -> toAdmissions(event, document);
                case EnrollmentEvents.DOCUMENT_REJECTED -> toLearner(event, document,
                        NotificationKind.DOSSIER_DOCUMENT_REJECTED, Map.of("document", document.kind().name(),
                                "reason", document.rejection() == null ? "" : document.rejection().reason().name()));
                default -> toLearner(event, document, NotificationKind.DOSSIER_DOCUMENT_EXPIRED,
                        Map.of("document", document.kind().name()));
            }
        });
    }

    private void toAdmissions(DomainEvent event, DossierDocument document) {
        List<String> recipients = SchoolStaff.admissions(memberships, document.schoolId());
        delivery.toPeople(event.id(), notice(NotificationKind.DOSSIER_DOCUMENT_UPLOADED, document,
                Map.of("document", document.kind().name())), recipients);
    }

    private void toLearner(DomainEvent event, DossierDocument document, NotificationKind kind,
                           Map<String, String> parameters) {
        enrollments.findById(document.enrollmentId()).map(enrollment -> enrollment.learnerSubject())
                .ifPresent(learner -> delivery.toPeople(event.id(), notice(kind, document, parameters),
                        List.of(learner)));
    }

    private static Notice notice(NotificationKind kind, DossierDocument document, Map<String, String> parameters) {
        return new Notice(kind, parameters, EnrollmentAccess.TYPE, document.enrollmentId());
    }
}
