package fr.passerelle.agreement.pdf;

import static fr.passerelle.agreement.pdf.AgreementBuilder.anAgreement;
import static fr.passerelle.agreement.pdf.AgreementBuilder.euros;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.agreement.rules.ProposedGratification;
import fr.passerelle.agreement.rules.RulesReport;
import fr.passerelle.agreement.rules.Presence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The agreement as sent for signature: every party, every clause, the figures the rules counted, the circuit. */
class PdfAgreementTest {

    private final PdfAgreementDocuments documents = new PdfAgreementDocuments(AgreementBuilder.PARTICULARS);
    private final String text = PdfText.of(documents.agreement(anAgreement().build(), AgreementBuilder.rules()));

    @Test
    void isTheNextVersionOfTheAgreement() {
        assertThat(text).contains("Convention de stage", "Version 1 — référence agr-2026-0042");
        String resent = PdfText.of(documents.agreement(anAgreement().sentVersions(2).build(), AgreementBuilder.rules()));
        assertThat(resent).contains("Version 3 — référence agr-2026-0042");
    }

    @Test
    void namesEveryPartyWithFunctionAndEmail() {
        assertThat(text).contains(
                "Léa Martin, Élève de BTS CRSA, lea.martin@etu.example.fr",
                "Paul Martin, Père, paul.martin@example.fr",
                "Atelier Dupont SAS, contact@atelier-dupont.example.fr", "SIRET 12345678900012",
                "Claire Dupont, Gérante, claire.dupont@atelier-dupont.example.fr",
                "Marc Leroy, Chef d'atelier, marc.leroy@atelier-dupont.example.fr",
                "Lycée Jean Moulin", "Anne Roche, Proviseure, anne.roche@example.fr",
                "Hugo Petit, Professeur de génie mécanique, hugo.petit@example.fr");
    }

    @Test
    void printsTheAddressesOfTheInternTheHostAndTheSchoolAndTheInternsProgramAndYear() {
        assertThat(text).contains(
                "Adresse du ou de la stagiaire Via Roma 3, 10121 Torino, Italie (IT)",
                "Adresse de l'organisme", "12 rue des Forges, 69007 Lyon",
                "Adresse de l'établissement 4 avenue Berthelot, 69007 Lyon",
                "Cursus ou formation BTS Conception et réalisation de systèmes automatiques (niveau 5, 24 mois)",
                "Année universitaire 2026-2027", "Fin de la formation promotion 2027");
    }

    @Test
    void unknownParticularsSayNotStatedRatherThanPrintingBlanks() {
        String unknown = PdfText.of(new PdfAgreementDocuments(agreement -> Particulars.UNKNOWN)
                .agreement(anAgreement().build(), AgreementBuilder.rules()));

        assertThat(unknown).contains("Adresse du ou de la stagiaire Non précisé.",
                "Cursus ou formation Non précisé.", "Année universitaire 2026-2027");
    }

    @Test
    void printsEveryD1244ClauseTheTermsDoNotHoldAsText() {
        assertThat(text).contains("Encadrement et suivi du stage",
                "suivi(e) par Marc Leroy, tuteur ou tutrice de stage", "et par Hugo Petit, enseignant(e) référent(e)",
                "Validation du stage en cas d'interruption", "(art. L124-15 du Code de l'éducation)",
                "Règlement intérieur de l'organisme d'accueil Non précisé.",
                "Attestation de stage À la fin du stage, l'organisme d'accueil délivre");
    }

    @Test
    void printsActivitiesSkillsDatesAndPlaces() {
        assertThat(text).contains(
                "Diagnostic et maintenance des systèmes automatisés de la ligne d'emboutissage.",
                "• Lire un schéma électrique", "• Conduire une maintenance préventive",
                "du 07/09/2026 au 18/12/2026", "France (FR)",
                "12 rue des Forges, 69007 Lyon", "Zone industrielle Nord, 69120 Vaulx-en-Velin");
    }

    @Test
    void printsTheRotatingScheduleDayByDayWithItsExceptions() {
        assertThat(text).contains(
                "Semaine A lundi 7 h, mardi 7 h, mercredi 7 h, jeudi 7 h, vendredi 7 h (35 h par semaine)",
                "Semaine B lundi 7 h, mardi 7 h, mercredi 3 h 30, jeudi 7 h, vendredi 7 h (31 h 30 par semaine)",
                "12/10/2026 : congé ou autorisation d'absence de 7 h (art. L124-13)",
                "17/10/2026 : présence supplémentaire de 4 h",
                "Présence la nuit non", "Présence le dimanche oui", "Présence les jours fériés non");
    }

    @Test
    void printsTheGratificationAndEveryFreeTextClause() {
        assertThat(text).contains("4,50 € par heure de présence",
                "Virement mensuel avant le 5 du mois suivant.", "Accès au restaurant d'entreprise.",
                "Le stagiaire reste affilié au régime étudiant", "Deux jours de congé avec l'accord du tuteur.",
                "Suspension possible pour raison de santé", "Grille d'évaluation remplie par le tuteur");
    }

    @Test
    void aMonthlyFlatGratificationIsStatedPerMonth() {
        String flat = PdfText.of(documents.agreement(
                anAgreement().gratification(new ProposedGratification.MonthlyFlat(euros(123_456))).build(),
                AgreementBuilder.rules()));

        assertThat(flat).contains("1 234,56 € par mois, montant forfaitaire");
    }

    @Test
    void printsThePresenceAsCountedAndTheMinimumGratificationMonthByMonth() {
        assertThat(text).contains("Heures de présence 333 h 20", "47 jours et 4 h 20", "2 mois et 3 jours",
                "septembre 2026 147 h à 4,35 € de l'heure : 639,45 €",
                "octobre 2026 157 h 30 à 4,35 € de l'heure : 685,13 €", "Total 1 324,58 €");
    }

    @Test
    void printsEachFindingWithItsRuleAndArticleInFrench() {
        assertThat(text).contains(
                "TUTOR_LOAD Code de l'éducation, art. L124-9 et R124-13 : Le tuteur ne suivrait pas plus de 3 "
                        + "stagiaires à la fois pendant ce stage. (pour information)",
                "HOLIDAY_DATA Code de l'éducation, art. D124-6 : Jours fériés inconnus pour le pays FR en 2027 : "
                        + "aucun n'a été déduit de la présence, à vérifier. (à vérifier)");
    }

    @Test
    void saysWhenNoMinimumGratificationIsDue() {
        String none = PdfText.of(documents.agreement(anAgreement().build(),
                new RulesReport(new Presence(4_200), List.of(), List.of())));

        assertThat(none).contains("Aucune gratification minimale n'est due", "10 jours", "0 mois et 10 jours");
    }

    @Test
    void printsTheCircuitInOrderWithRolesInFrenchAndTheDelegate() {
        assertThat(text).contains(
                "Étape 1 Stagiaire : Léa Martin (lea.martin@etu.example.fr)",
                "Représentant légal du ou de la stagiaire : Paul Martin (paul.martin@example.fr)",
                "Étape 2 Représentant de l'organisme d'accueil : Claire Dupont",
                "Signe par délégation : Julien Noir (julien.noir@atelier-dupont.example.fr), motif : Congés de la "
                        + "gérante",
                "Tuteur ou tutrice de stage : Marc Leroy",
                "Étape 3 Représentant de l'établissement d'enseignement : Anne Roche",
                "Enseignant référent : Hugo Petit",
                "Julien Noir, par délégation de Claire Dupont");
        assertThat(text.indexOf("Étape 1")).isLessThan(text.indexOf("Étape 2"));
        assertThat(text.indexOf("Étape 2")).isLessThan(text.indexOf("Étape 3"));
    }

    @Test
    void endsWithTheLegalMention() {
        assertThat(text).contains("articles L124-1 et suivants et D124-4 du Code de l'éducation", "(art. D124-6)");
    }
}
