package fr.passerelle.agreement.pdf;

import static fr.passerelle.agreement.pdf.AgreementBuilder.anAgreement;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.agreement.model.Agreement;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * Names come from users in any script; the Standard 14 fonts encode WinAnsi only. A character they cannot print
 * becomes '?' instead of failing the whole document.
 */
class PdfUnicodeTest {

    private final Typeface helvetica = new Typeface(Standard14Fonts.FontName.HELVETICA);

    @Test
    void keepsWhatWinAnsiHasAndReplacesTheRest() {
        assertThat(helvetica.printable("Zoë Łukasiewicz")).isEqualTo("Zoë ?ukasiewicz");
        assertThat(helvetica.printable("李雷")).isEqualTo("??");
        assertThat(helvetica.printable("Œuvre « à l’été » – 4,50 € …")).isEqualTo("Œuvre « à l’été » – 4,50 € …");
    }

    @Test
    void anEmojiIsOneReplacementEvenWithItsSelectorsAndJoiners() {
        assertThat(helvetica.printable("Bravo 👍")).isEqualTo("Bravo ?");
        assertThat(helvetica.printable("❤️")).isEqualTo("?");
        assertThat(helvetica.printable("👩\u200D🔧")).isEqualTo("??");
    }

    @Test
    void spacesOfEveryKindPrintAsTheSpacesWinAnsiHas() {
        assertThat(helvetica.printable("35\u202Fh ;\u2009a\tb\u2007c\u00A0d"))
                .isEqualTo("35\u00A0h ; a b\u00A0c\u00A0d");
    }

    @Test
    void decomposedAccentsAreComposedAndStrayMarksDropped() {
        assertThat(helvetica.printable("Le\u0301a")).isEqualTo("Léa");
        assertThat(helvetica.printable("q\u0303 soft\u00ADhyphen")).isEqualTo("q softhyphen");
    }

    @Test
    void aDocumentWithNamesInAnyScriptRendersWithReplacements() {
        Agreement agreement = anAgreement().learnerNamed("Zoë Łukasiewicz").tutorNamed("李雷")
                .companyNamed("Café 😀 SARL").activities("Accueil des clients :\u202Fcaisse, commandes.").build();

        String text = PdfText.of(new PdfAgreementDocuments().agreement(agreement, AgreementBuilder.rules()));

        assertThat(text).contains("Zoë ?ukasiewicz, Élève de BTS CRSA", "??, Chef d'atelier", "Café ? SARL",
                "Accueil des clients : caisse, commandes.");
        assertThat(PdfText.of(new PdfAgreementDocuments().attestation(agreement, AgreementBuilder.attestation())))
                .contains("Zoë ?ukasiewicz", "Café ? SARL");
    }
}
