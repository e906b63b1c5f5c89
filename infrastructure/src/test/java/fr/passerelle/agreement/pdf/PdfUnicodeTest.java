package fr.passerelle.agreement.pdf;

import static fr.passerelle.agreement.pdf.AgreementBuilder.anAgreement;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.agreement.model.Agreement;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names come from users in any script. The embedded DejaVu Sans prints Latin with all its extensions, Greek and
 * Cyrillic as they are; Arabic and Hebrew print in Latin transliteration; nothing prints as a bare "?".
 */
class PdfUnicodeTest {

    private final PDDocument document = new PDDocument();
    private final Typeface face = new Typeface(document, Typeface.REGULAR);

    @AfterEach
    void close() throws IOException {
        document.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Zoë Łukasiewicz, Grzegorz Brzęczyszczykiewicz, Źdźbło Żółć",   // Polish
        "Şahin Yılmaz, İlkay Gündoğan, Çağla Öztürk",                   // Turkish
        "Nguyễn Thị Hương, Trần Đức Thắng, Phạm Ngọc Ánh",              // Vietnamese
        "Γιώργος Παπαδόπουλος, Ελένη Οικονόμου",                        // Greek
        "Анна Иванова, Юрий Щербаков, Олеся Їжакевич",                  // Cyrillic (Russian, Ukrainian)
        "Œuvre « à l’été » – 4,50 € … Ærø Ångström ß"                   // Western European and typography
    })
    void printsEveryLetterOfTheCoveredScriptsAsItIs(String names) {
        assertThat(face.printable(names)).isEqualTo(names);
    }

    @Test
    void arabicAndHebrewPrintInLatinTransliteration() {
        assertThat(face.printable("محمد عبد الله")).isEqualTo("mhmd 'bd allh");
        assertThat(face.printable("مُحَمَّد")).isEqualTo("mhmd");
        assertThat(face.printable("דוד כהן")).isEqualTo("dvd khn");
        assertThat(face.printable("٢٠٢٦")).isEqualTo("2026");
    }

    @Test
    void whatTheFontLacksPrintsAsItsCodePointNeverAsAQuestionMark() {
        assertThat(face.printable("李雷")).isEqualTo("[U+674E][U+96F7]");
        assertThat(face.printable("Bravo 👍")).isEqualTo("Bravo [U+1F44D]");
    }

    @Test
    void spacesOfEveryKindPrintAsASpaceOrANoBreakSpace() {
        assertThat(face.printable("35\u202Fh ;\u2009a\tb\u2007c\u00A0d"))
                .isEqualTo("35\u00A0h ; a b\u00A0c\u00A0d");
    }

    @Test
    void decomposedAccentsAreComposedAndStrayMarksDropped() {
        assertThat(face.printable("Le\u0301a")).isEqualTo("Léa");
        assertThat(face.printable("soft\u00ADhyphen ❤️")).isEqualTo("softhyphen ❤");
    }

    @Test
    void namesInEveryCoveredScriptReadBackFromTheDocument() {
        Agreement agreement = anAgreement().learnerNamed("Nguyễn Thị Hương").tutorNamed("Γιώργος Παπαδόπουλος")
                .companyNamed("Şahin & Łukasiewicz — ООО «Ромашка»").activities("Accueil :\u202Fcaisse, محمد.")
                .build();
        PdfAgreementDocuments documents = new PdfAgreementDocuments(AgreementBuilder.PARTICULARS);

        String text = PdfText.of(documents.agreement(agreement, AgreementBuilder.rules()));

        assertThat(text).contains("Nguyễn Thị Hương", "Γιώργος Παπαδόπουλος", "Şahin & Łukasiewicz — ООО «Ромашка»",
                "Accueil : caisse, mhmd.").doesNotContain("?");
        assertThat(PdfText.of(documents.attestation(agreement, AgreementBuilder.attestation())))
                .contains("Nguyễn Thị Hương", "Şahin & Łukasiewicz — ООО «Ромашка»");
    }

    @Test
    void theFontIsEmbeddedAsASubset() {
        byte[] pdf = new PdfAgreementDocuments(AgreementBuilder.PARTICULARS).agreement(anAgreement().build(), AgreementBuilder.rules());

        PdfText.read(pdf, loaded -> {
            for (var name : loaded.getPage(0).getResources().getFontNames()) {
                PDFont font = loaded.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSans(-Bold)?");
            }
            return null;
        });
    }
}
