package fr.passerelle.agreement.pdf;

import static fr.passerelle.agreement.pdf.AgreementBuilder.anAgreement;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An amendment: its number, the agreement it changes, why, and the new terms in full. */
class PdfAmendmentTest {

    private final PdfAgreementDocuments documents = new PdfAgreementDocuments(AgreementBuilder.PARTICULARS);

    private final AgreementBuilder amended = anAgreement().endingOn(LocalDate.of(2027, 1, 15))
            .activities("Mise en service de la nouvelle presse hydraulique.")
            .skills(List.of("Paramétrer un automate de sécurité"));
    private final String text = PdfText.of(documents.amendment(anAgreement().sentVersions(1).build(),
            amended.amendment(2, "Prolongation du stage de quatre semaines pour la mise en service de la presse.")));

    @Test
    void namesItsNumberAndTheSignedAgreement() {
        assertThat(text).contains("Avenant n° 2 à la convention de stage",
                "Convention de stage agr-2026-0042, version 1 signée");
    }

    @Test
    void statesItsReasonAndThatItsTermsReplaceTheAgreements() {
        assertThat(text).contains("Prolongation du stage de quatre semaines pour la mise en service de la presse.",
                "ses clauses remplacent en totalité celles de la convention");
    }

    @Test
    void printsTheNewTermsInFullLikeTheAgreement() {
        assertThat(text).contains("du 07/09/2026 au 15/01/2027", "Mise en service de la nouvelle presse hydraulique.",
                "• Paramétrer un automate de sécurité", "Semaine B lundi 7 h", "4,50 € par heure de présence",
                "Accès au restaurant d'entreprise.", "Grille d'évaluation remplie par le tuteur",
                "12 rue des Forges, 69007 Lyon");
        assertThat(text).doesNotContain("du 07/09/2026 au 18/12/2026");
    }

    @Test
    void carriesThePartiesAndItsOwnCircuit() {
        assertThat(text).contains("Léa Martin, Élève de BTS CRSA", "SIRET 12345678900012",
                "Étape 1 Stagiaire : Léa Martin", "Signe par délégation : Julien Noir",
                "articles L124-1 et suivants et D124-4");
    }

    @Test
    void hasNoRulesFiguresOfItsOwn() {
        assertThat(text).doesNotContain("Durée de présence comptée", "Contrôles juridiques");
    }
}
