package fr.passerelle.enrollment.service;

import fr.passerelle.enrollment.model.DossierDocument;
import fr.passerelle.enrollment.model.DossierDocumentKind;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.RequiredDocuments;
import fr.passerelle.enrollment.port.in.DossierUseCases.Dossier;
import fr.passerelle.enrollment.port.in.DossierUseCases.DossierItem;
import fr.passerelle.enrollment.port.out.DossierDocuments;
import fr.passerelle.enrollment.port.out.DossierProgress;
import fr.passerelle.enrollment.port.out.FundingProgress;
import fr.passerelle.shared.model.PlatformCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dossier gate the enrollment reads when it advances: complete when every document its applicant and funding
 * plan require is accepted and still valid today (in the platform's calendar). Expiry is judged here on read, so a
 * document past its last day stops counting even before its expiry reminder marks it.
 */
public class DossierGate implements DossierProgress {

    private final DossierDocuments documents;
    private final FundingProgress funding;
    private final Clock clock;

    public DossierGate(DossierDocuments documents, FundingProgress funding, Clock clock) {
        this.documents = documents;
        this.funding = funding;
        this.clock = clock;
    }

    @Override
    public boolean complete(Enrollment enrollment) {
        return of(enrollment, documents.ofEnrollments(List.of(enrollment.id()))).complete();
    }

    /** The kinds the enrollment requires today (the funding plan may still change them). */
    public List<DossierDocumentKind> required(Enrollment enrollment) {
        return required(enrollment, funding.of(enrollment));
    }

    private static List<DossierDocumentKind> required(Enrollment enrollment, FundingProgress.FundingStatus funded) {
        return RequiredDocuments.of(enrollment.applicant(), funded.sources());
    }

    /** The enrollment's dossier from its documents (any others given are ignored). */
    Dossier of(Enrollment enrollment, Collection<DossierDocument> found) {
        return of(enrollment, found, funding.of(enrollment));
    }

    /** The dossiers of many enrollments from their documents, their fundings read at once. */
    Map<String, Dossier> of(Collection<Enrollment> enrollments, Map<String, List<DossierDocument>> byEnrollment) {
        Map<String, FundingProgress.FundingStatus> fundings = funding.ofAll(enrollments);
        Map<String, Dossier> dossiers = new HashMap<>();
        enrollments.forEach(enrollment -> dossiers.put(enrollment.id(), of(enrollment,
                byEnrollment.getOrDefault(enrollment.id(), List.of()), fundings.get(enrollment.id()))));
        return dossiers;
    }

    private Dossier of(Enrollment enrollment, Collection<DossierDocument> found,
                       FundingProgress.FundingStatus funded) {
        LocalDate today = PlatformCalendar.today(clock);
        Map<DossierDocumentKind, DossierDocument> byKind = found.stream()
                .filter(document -> document.enrollmentId().equals(enrollment.id()))
                .map(document -> document.expiredOn(today))
                .collect(Collectors.toMap(DossierDocument::kind, Function.identity()));
        List<DossierItem> items = required(enrollment, funded).stream().map(kind -> {
            DossierDocument document = byKind.get(kind);
            return new DossierItem(kind, document, document == null ? null : document.state());
        }).toList();
        return new Dossier(items, items.stream().allMatch(item -> item.document() != null
                && item.document().validOn(today)));
    }
}
