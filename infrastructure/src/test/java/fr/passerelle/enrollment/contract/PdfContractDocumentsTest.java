package fr.passerelle.enrollment.contract;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.agreement.model.Sha256;
import fr.passerelle.agreement.model.SignatureMethod;
import fr.passerelle.agreement.pdf.PadesSignedOriginals;
import fr.passerelle.agreement.pdf.PdfText;
import fr.passerelle.agreement.seal.TestSeals;
import fr.passerelle.enrollment.model.ContractKind;
import fr.passerelle.enrollment.model.TrainingContract;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The contract's PDF read back as text: every mention the Code du travail requires of a contract with an individual
 * (art. L6353-4 to L6353-7) or of a convention with a company (art. L6353-1, L6353-2), the circuit, the same bytes for
 * the same contract, and the signed original's page and seal.
 */
class PdfContractDocumentsTest {

    private static final Instant ISSUED_AT = Instant.parse("2026-06-05T10:00:00Z");
    private final PdfContractDocuments documents = new PdfContractDocuments(
            new PadesSignedOriginals(TestSeals.seal(), Clock.fixed(ISSUED_AT, ZoneOffset.UTC)));

    @Test
    void aContractWithAnIndividualStatesEveryMandatoryMention() {
        String text = PdfText.of(documents.contract(ContractSamples.unsent("enr-1", ContractKind.INDIVIDUAL)));

        assertThat(text).contains("Contrat de formation professionnelle", "Version 1 — référence enr-1",
                "Organisme de formation MécaFormation Lyon", "Stagiaire Léa Martin",
                // 1° nature, duration, programme and objectives, number of learners
                "Nature et objet de l'action de formation", "Coaching premier garage", "certification enregistrée (RNCP12345)",
                "Durée 35 heures", "Période du 07/09/2026 au 02/10/2026", "Effectif concerné 1 stagiaire",
                "Programme et objectifs", "Ouvrir et gérer son premier garage",
                // 2° level required
                "Niveau de connaissances préalables requis", "Un CAP de mécanique",
                // 3° organisation, means
                "Organisation de la formation", "mixte (présentiel et distance)", "Ateliers en petits groupes",
                // 4° assessment and what it leads to
                "Évaluation des acquis et sanction de la formation", "Mises en situation notées",
                "Certification RNCP12345, niveau 4, délivrée par Ministère du Travail",
                // 5° trainers
                "Formateurs : titres et qualités", "titulaires d'un BTS",
                // 6° price and payment, advance limit
                "Prix de la formation 890,00 €", "À la charge du stagiaire 100,00 €", "en 3 mensualités sans frais",
                "Compte personnel de formation", "plus de 30 % du prix convenu",
                // withdrawal (L6353-5, the longer 14 days, and the training account's 11 working days)
                "Délai de rétractation", "14 jours calendaires", "dix jours", "L221-18", "11 jours ouvrés",
                // abandonment and force majeure (L6353-7)
                "Abandon, force majeure et cessation anticipée", "force majeure dûment reconnue", "prorata temporis",
                "Circuit de signature", "Représentant de l'organisme de formation : Bruno Méca",
                "articles L6353-3 à L6353-7");
    }

    @Test
    void aConventionWithTheEmployerNamesTheCompanyAndHasNoWithdrawalClause() {
        String text = PdfText.of(documents.contract(ContractSamples.unsent("enr-2", ContractKind.COMPANY)));

        assertThat(text).contains("Convention de formation professionnelle", "Entreprise Garage du Rhône",
                "À la charge de l'entreprise 100,00 €", "Représentant de l'entreprise : Gérard Garage",
                "articles L6353-1, L6353-2 et D6353-1", "Programme et objectifs", "Prix de la formation")
                .doesNotContain("Délai de rétractation", "30 % du prix");
    }

    @Test
    void theSameContractGivesTheSameBytes() {
        TrainingContract contract = ContractSamples.unsent("enr-1", ContractKind.INDIVIDUAL);

        assertThat(Sha256.of(documents.contract(contract))).isEqualTo(Sha256.of(documents.contract(contract)));
    }

    @Test
    void theSignedOriginalAddsTheSignaturePageAndTheSeal() {
        TrainingContract unsent = ContractSamples.unsent("enr-1", ContractKind.INDIVIDUAL);
        byte[] pdf = documents.contract(unsent);
        String sha = Sha256.of(pdf);
        TrainingContract sent = unsent.sent(sha, ContractSamples.SENT_AT);
        TrainingContract signed = sent.signedBy("learner", SignatureMethod.ELECTRONIC, "Léa Martin", "sub-lea", sha,
                ISSUED_AT, LocalDate.of(2026, 6, 5))
                .signedBy("organisation", SignatureMethod.ELECTRONIC, "Bruno Méca", "school-admin-b", sha, ISSUED_AT,
                        LocalDate.of(2026, 6, 5));

        byte[] original = documents.signedOriginal(signed, pdf);

        assertThat(PdfText.pages(original)).isEqualTo(PdfText.pages(pdf) + 1);
        assertThat(PdfText.page(original, PdfText.pages(original))).contains("Page de signatures",
                "Contrat de formation professionnelle enr-1, version 1", "le contrat tel que les parties l'ont signé",
                sha, "Stagiaire Léa Martin", "Représentant de l'organisme", "Bruno Méca",
                "l'adresse e-mail vérifiée bruno@mecaformation.test");
        assertThat(signed.withdrawalEndsOn()).as("the training account's 11 working days")
                .isEqualTo(LocalDate.of(2026, 6, 22));
    }
}
