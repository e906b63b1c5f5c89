package fr.passerelle.agreement.pdf;

import static fr.passerelle.agreement.pdf.AgreementBuilder.anAgreement;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/** Long clauses and long lists wrap inside the margins and flow over pages, each numbered "page n / N". */
class PdfLongContentTest {

    private static final float RIGHT_MARGIN_EDGE = PDRectangle.A4.getWidth() - 56.7f;
    /** A skill cut by a page break reads with the footer in the middle. */
    private static final String FOOTER = "Convention de stage agr-2026-0042, version 1 page \\d+ / \\d+ ";

    private final String longClause = "Participation aux opérations de maintenance préventive et corrective. "
            .repeat(29).substring(0, 2_000);
    private final List<String> fiftySkills = IntStream.rangeClosed(1, 50)
            .mapToObj(i -> "Compétence n° " + i + " : savoir régler, contrôler et consigner les réglages de la machine "
                    + "de la cellule " + i + " selon la procédure qualité de l'atelier")
            .toList();
    private final byte[] pdf = new PdfAgreementDocuments(AgreementBuilder.PARTICULARS).agreement(
            anAgreement().activities(longClause).skills(fiftySkills).build(), AgreementBuilder.rules());

    @Test
    void flowsOverSeveralPagesEachNumbered() {
        int pages = PdfText.pages(pdf);

        assertThat(pages).isGreaterThanOrEqualTo(3);
        for (int page = 1; page <= pages; page++) {
            assertThat(PdfText.page(pdf, page)).contains("page " + page + " / " + pages,
                    "Convention de stage agr-2026-0042, version 1");
        }
    }

    @Test
    void keepsEveryWordAndEverySkill() {
        String text = PdfText.of(pdf).replaceAll(FOOTER, "");

        assertThat(text).contains(longClause.strip());
        fiftySkills.forEach(skill -> assertThat(text).contains("• " + skill));
    }

    @Test
    void wrapsInsideTheRightMarginEvenAWordLongerThanALine() {
        String unbroken = "x".repeat(400) + "@example.fr";
        byte[] wide = new PdfAgreementDocuments(AgreementBuilder.PARTICULARS).agreement(anAgreement().activities(unbroken).build(),
                AgreementBuilder.rules());

        assertThat(PdfText.rightmostGlyphEdge(pdf)).isLessThanOrEqualTo(RIGHT_MARGIN_EDGE + 0.5f);
        assertThat(PdfText.rightmostGlyphEdge(wide)).isLessThanOrEqualTo(RIGHT_MARGIN_EDGE + 0.5f);
        assertThat(PdfText.of(wide).replace(" ", "")).contains(unbroken);
    }

    @Test
    void aShortDocumentIsNumberedToo() {
        byte[] attestation = new PdfAgreementDocuments(AgreementBuilder.PARTICULARS).attestation(anAgreement().build(),
                AgreementBuilder.attestation());

        assertThat(PdfText.pages(attestation)).isEqualTo(1);
        assertThat(PdfText.of(attestation)).contains("page 1 / 1");
    }

    @Test
    void lineBreakerBreaksAtSpacesOnlyAndCutsOverlongWords() {
        LineBreaker breaker = new LineBreaker(10, String::length);

        assertThat(breaker.lines("un deux trois quatre cinq")).containsExactly("un deux", "trois", "quatre", "cinq");
        assertThat(new LineBreaker(14, String::length).lines("4,50\u00A0€ 4,50\u00A0€ 4,50\u00A0€"))
                .containsExactly("4,50\u00A0€ 4,50\u00A0€", "4,50\u00A0€");
        assertThat(breaker.lines("abcdefghijklmnopqrstuvwxyz")).containsExactly("abcdefghij", "klmnopqrst", "uvwxyz");
        assertThat(breaker.lines("   ")).isEmpty();
    }
}
