package fr.passerelle.agreement.pdf;

import static fr.passerelle.agreement.pdf.AgreementBuilder.anAgreement;
import static fr.passerelle.agreement.pdf.AgreementBuilder.euros;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.agreement.model.Attestation;
import fr.passerelle.agreement.model.InterruptionInitiative;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The internship certificate (art. D124-9): who, when, how long, how much was paid. */
class PdfAttestationTest {

    private final PdfAgreementDocuments documents = new PdfAgreementDocuments(AgreementBuilder.PARTICULARS);
    private final String text = PdfText.of(documents.attestation(anAgreement().build(),
            AgreementBuilder.attestation()));

    @Test
    void namesTheHostTheInternAndTheSchool() {
        assertThat(text).contains("Attestation de stage", "Convention de stage agr-2026-0042",
                "Atelier Dupont SAS", "SIRET 12345678900012", "Léa Martin, Élève de BTS CRSA", "Lycée Jean Moulin");
    }

    @Test
    void statesTheDatesThePresenceAndTheGratificationPaid() {
        assertThat(text).contains("Dates prévues du 07/09/2026 au 18/12/2026",
                "Durée effective de présence 333 h 20, soit 47 jours de présence de 7 h",
                "Gratification versée 2 800,00 € au total");
    }

    @Test
    void citesArticleD1249AndIsDatedTheDayItIsIssued() {
        assertThat(text).contains("l'article D124-9 du Code de l'éducation", "art. L351-17",
                "Fait le 21/12/2026.", "Claire Dupont, Gérante");
    }

    @Test
    void noGratificationPaidIsSaidSo() {
        String unpaid = PdfText.of(documents.attestation(anAgreement().build(),
                new Attestation(4_200, 10, euros(0), null, "sub", AgreementBuilder.ISSUED_AT)));

        assertThat(unpaid).contains("Gratification versée aucune", "70 h, soit 10 jours de présence");
    }

    /** 23:30 UTC is already the next day in Paris: the platform's calendar day, as the follow-up counts it. */
    @Test
    void anInterruptedInternshipShowsWhenAtWhoseInitiativeAndWhyItStopped() {
        String interrupted = PdfText.of(documents.attestation(anAgreement().interrupted("Abandon du stagiaire.",
                InterruptionInitiative.INTERN, Instant.parse("2026-11-12T23:30:00Z")).build(),
                AgreementBuilder.attestation()));

        assertThat(interrupted).contains("Dates prévues du 07/09/2026 au 18/12/2026",
                "Interruption le 13/11/2026, à l'initiative du stagiaire : Abandon du stagiaire.");
    }

    @Test
    void anInterruptionOfUnstatedInitiativeNamesNone() {
        String interrupted = PdfText.of(documents.attestation(anAgreement().interrupted("Rupture.", null,
                Instant.parse("2026-11-12T10:00:00Z")).build(), AgreementBuilder.attestation()));

        assertThat(interrupted).contains("Interruption le 12/11/2026 : Rupture.");
    }
}
