package fr.passerelle.enrollment.model;

import fr.passerelle.crm.model.ContactSituation;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which documents an enrollment's dossier requires, derived from the applicant's situation and the funding plan's
 * sources (issue #18): always an identity document, the latest diploma and a motivation letter; a job seeker's France
 * Travail registration; the file, agreement or commitment of each funder that pays; a minor's legal representative's
 * identity and consent. In the kinds' declaration order, so every screen lists them the same way.
 */
public final class RequiredDocuments {

    private RequiredDocuments() {
    }

    public static List<DossierDocumentKind> of(Applicant applicant, Collection<FundingSource> sources) {
        Objects.requireNonNull(applicant, "applicant");
        Set<DossierDocumentKind> kinds = EnumSet.of(DossierDocumentKind.IDENTITY, DossierDocumentKind.LATEST_DIPLOMA,
                DossierDocumentKind.MOTIVATION_LETTER);
        if (applicant.situation() == ContactSituation.JOB_SEEKER) {
            kinds.add(DossierDocumentKind.FRANCE_TRAVAIL_REGISTRATION);
        }
        if (sources.contains(FundingSource.TRAINING_ACCOUNT)) {
            kinds.add(DossierDocumentKind.TRAINING_ACCOUNT_FILE);
        }
        if (sources.contains(FundingSource.OPCO)) {
            kinds.add(DossierDocumentKind.OPCO_FUNDING_AGREEMENT);
        }
        if (sources.contains(FundingSource.EMPLOYER)) {
            kinds.add(DossierDocumentKind.EMPLOYER_COMMITMENT);
        }
        if (applicant.minor()) {
            kinds.add(DossierDocumentKind.GUARDIAN_ID);
            kinds.add(DossierDocumentKind.GUARDIAN_CONSENT);
        }
        return List.copyOf(kinds);
    }
}
