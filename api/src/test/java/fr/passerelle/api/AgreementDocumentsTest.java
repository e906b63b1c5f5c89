package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * An agreement's documents over REST: generated from the data (the parties, the clauses, the rules, the circuit, in
 * French), archived per version and downloaded as sent; a version, amendment or scan that does not exist is a 404
 * like someone else's, a request without a token a 401, a malformed one a 400.
 */
class AgreementDocumentsTest extends AgreementApiTest {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void theAgreementsPdfStatesThePartiesTheClausesAndTheCircuitOfItsVersion() throws IOException {
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        LocalDate end = start.plusWeeks(4).minusDays(3);
        Internship internship = outForSignature(fullTime(start, end));
        var agreement = agreement(internship.id());
        var parties = asMap(agreement.get("parties"));

        String text = text(assertPdf(internship.learner().caller(), internship.documentPath(), sha(agreement)));
        assertThat(text).contains("Convention de stage", "Version 1", nameOf(parties, "learner"), COMPANY_X_NAME,
                COMPANY_X_SIRET, SCHOOL_A_NAME, TUTOR_NAME, "Claire Martin", "Nadia Benali", "Paul Girard",
                "du " + start.format(FRENCH_DATE) + " au " + end.format(FRENCH_DATE),
                "Diagnostic et entretien des véhicules en atelier.", "8 rue de Gerland, Lyon", "5,00 €",
                "MAX_DURATION", "Code de l'éducation, art. L124-5", "Circuit de signature");
        // A long address may be cut at the end of a line: compare without the breaks.
        assertThat(text.replaceAll("\\s", "")).contains(internship.named().companySignatory().email());
    }

    @Test
    void onlyTheVersionsSentAreDownloaded() {
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        Internship draft = drafted(fullTime(start, start.plusWeeks(4).minusDays(3)));
        Caller school = persona("school-admin-a");
        assertThat(download(school, draft.documentPath()).status()).as("a draft has no document yet").isEqualTo(404);
        assertThat(agreement(draft.id()).get("signing")).extracting("documentUrl").isNull();

        send(draft.id());
        for (String version : List.of("0", "2", "-1")) {
            assertThat(download(school, draft.documentPath() + "?version=" + version).status()).as(version)
                    .isEqualTo(404);
        }
        assertThat(download(school, "/agreements/" + draft.id() + "/amendments/1/document").status()).isEqualTo(404);
        assertThat(download(school, "/agreements/" + draft.id() + "/attestation").status()).isEqualTo(404);
        assertThat(download(school, "/agreements/not-a-global-id/document").status()).isEqualTo(404);
        assertThat(download((String) null, draft.documentPath()).status()).as("no token").isEqualTo(401);
    }

    @Test
    void aMalformedVersionOrAmendmentNumberIsABadRequest() {
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        Internship internship = outForSignature(fullTime(start, start.plusWeeks(4).minusDays(3)));
        Map<String, String> school = Map.of("Authorization", "Bearer " + api.token("school-admin-a"));

        for (String path : List.of(internship.documentPath() + "?version=abc",
                "/agreements/" + internship.id() + "/amendments/abc/document")) {
            var reply = api.get(path, school);
            assertThat(reply.status()).as(path + ": " + reply).isEqualTo(400);
            assertThat(reply.<String>read("$.type")).isEqualTo("urn:passerelle:problem:bad-request");
        }
    }

    @Test
    void aScanLargerThanTheLimitIsRefusedWithAProblem() {
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        Internship internship = outForSignature(fullTime(start, start.plusWeeks(4).minusDays(3)));
        byte[] tooLarge = new byte[6 * 1024 * 1024];
        System.arraycopy(scan(), 0, tooLarge, 0, 8);

        var reply = paperSignature(internship.id(), LEARNER_SIGNS, null, tooLarge);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(413);
        assertThat(reply.headers().get("Content-Type")).containsExactly("application/problem+json");
        assertThat(reply.<List<String>>read("$.errors[*].field")).containsExactly("file");
        assertThat(asList(signingOf(agreement(internship.id())).get("signatures"))).isEmpty();
    }

    static String text(Download pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf.body())) {
            // Long values wrap and amounts keep their unit with a no-break space: read the text as one plain line.
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ').replaceAll("\\s*\\R\\s*", " ");
        }
    }

    private static String nameOf(Map<String, Object> parties, String party) {
        return (String) asMap(parties.get(party)).get("name");
    }
}
