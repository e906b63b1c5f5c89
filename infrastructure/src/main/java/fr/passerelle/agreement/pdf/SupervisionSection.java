package fr.passerelle.agreement.pdf;

import fr.passerelle.agreement.model.Parties;

/**
 * The D124-4 clauses the terms do not hold as free text: supervision (6°), validation after an interruption (11°),
 * the host's internal rules (14°) and the attestation (15°). Supervision and attestation follow from the parties and
 * the law; validation after an interruption states the law's own rule (art. L124-15), which applies whatever the
 * parties write; the internal rules are not recorded by the platform, so they print as not stated.
 */
final class SupervisionSection {

    private static final String VALIDATION = "Lorsque le stage est interrompu pour un motif lié à la maladie, à un "
            + "accident, à la grossesse, à la paternité ou à l'adoption, ou, en accord avec l'établissement, en cas de "
            + "non-respect des stipulations pédagogiques de la convention ou de rupture à l'initiative de l'organisme "
            + "d'accueil, l'établissement valide le stage même s'il n'a pas atteint la durée prévue, ou propose une "
            + "modalité alternative de validation (art. L124-15 du Code de l'éducation).";
    private static final String ATTESTATION = "À la fin du stage, l'organisme d'accueil délivre au ou à la stagiaire "
            + "une attestation mentionnant la durée effective totale du stage et, le cas échéant, le montant total de "
            + "la gratification versée (art. D124-9 du Code de l'éducation).";

    private SupervisionSection() {
    }

    static void write(PdfLayout layout, Parties parties) {
        layout.heading("Encadrement et suivi du stage");
        layout.paragraph("Le ou la stagiaire est suivi(e) par " + parties.tutor().name()
                + ", tuteur ou tutrice de stage au sein de l'organisme d'accueil, et par " + parties.referent().name()
                + ", enseignant(e) référent(e) de l'établissement, qui se concertent sur le déroulement du stage et "
                + "s'assurent de son bon déroulement (art. L124-2 et L124-9 du Code de l'éducation).");
        layout.heading("Validation du stage en cas d'interruption");
        layout.paragraph(VALIDATION);
        layout.heading("Règlement intérieur de l'organisme d'accueil");
        layout.paragraph(FrenchFormat.orNotStated(null));
        layout.heading("Attestation de stage");
        layout.paragraph(ATTESTATION);
    }
}
