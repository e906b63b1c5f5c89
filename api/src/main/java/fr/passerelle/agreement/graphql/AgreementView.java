package fr.passerelle.agreement.graphql;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.AgreementStatus;
import fr.passerelle.agreement.model.Amendment;
import fr.passerelle.agreement.model.InterruptionInitiative;
import fr.passerelle.agreement.model.Parties;
import fr.passerelle.agreement.model.Signatory;
import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.internship.graphql.ApplicationView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * GraphQL {@code InternshipAgreement}. Rules, follow-up, history and {@code viewerActsForSchool} resolve in the
 * controllers from {@code agreement}.
 */
public record AgreementView(String id, String applicationId, AgreementStatus status, Parties parties,
                            TermsView terms, SigningView signing, List<AmendmentView> amendments,
                            String interruption, LocalDate interruptedOn,
                            InterruptionInitiative interruptionInitiative, Instant createdAt, Instant updatedAt,
                            long version, Agreement agreement) {

    public static final String TYPE = "InternshipAgreement";

    /** @param viewerSigns whether the reader signs for a signatory (see {@code Signatory.viewerSigns}) */
    static AgreementView of(Agreement agreement, Predicate<Signatory> viewerSigns) {
        String id = GlobalIds.encode(TYPE, agreement.id());
        return new AgreementView(id,
                agreement.applicationId() == null ? null : GlobalIds.encode(ApplicationView.TYPE,
                        agreement.applicationId()),
                agreement.status(), agreement.parties(), TermsView.of(agreement.terms()),
                SigningView.of(agreement.signing(), DocumentUrls.agreement(id), sha -> DocumentUrls.scan(id, sha),
                        viewerSigns),
                agreement.amendments().stream().map(a -> AmendmentView.of(id, a, viewerSigns)).toList(),
                agreement.interruption(),
                agreement.status() == AgreementStatus.INTERRUPTED ? agreement.lastDayOfPresence() : null,
                agreement.interruptionInitiative(),
                agreement.createdAt(), agreement.updatedAt(), agreement.version(),
                agreement);
    }

    public String localId() {
        return agreement.id();
    }

    /** GraphQL {@code AgreementAmendment}. */
    record AmendmentView(String id, int number, String reason, TermsView terms, Amendment.AmendmentStatus status,
                         SigningView signing, Instant proposedAt, String documentPath) {

        static AmendmentView of(String agreementId, Amendment amendment, Predicate<Signatory> viewerSigns) {
            String path = DocumentUrls.amendment(agreementId, amendment.number());
            return new AmendmentView(amendment.id(), amendment.number(), amendment.reason(),
                    TermsView.of(amendment.terms()), amendment.status(), SigningView.of(amendment.signing(), path,
                    sha -> DocumentUrls.scan(agreementId, sha), viewerSigns), amendment.proposedAt(), path);
        }
    }
}
