package fr.passerelle.agreement.pdf;

import fr.passerelle.agreement.model.Signatory;
import fr.passerelle.agreement.model.Signature;
import fr.passerelle.agreement.model.SignatureMethod;
import fr.passerelle.shared.model.PlatformCalendar;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The page the platform adds after the pages signed: who signed, when and how, and the hash of the document signed.
 * An electronic signature names the verified e-mail it was given with (or the platform account); a paper signature
 * the SHA-256 of its scanned copy, which the archive keeps. These are what the public verification repeats.
 */
final class SignaturePage {

    static final String TITLE = "Page de signatures";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private SignaturePage() {
    }

    static byte[] render(SignedPages signed, String signedSha256, Instant issuedAt) {
        String reference = signed.reference();
        DocumentInfo info = new DocumentInfo(TITLE, reference, "Passerelle", issuedAt, TITLE + " — " + reference);
        return PdfLayout.render(info, layout -> {
            layout.title(TITLE);
            layout.subtitle(reference + " signée par toutes les parties");
            layout.paragraph("Les pages qui précèdent sont " + signed.contents() + " ; son empreinte SHA-256 est :\n"
                    + signedSha256);
            layout.heading("Signatures");
            for (Signature signature : signed.signing().currentSignatures()) {
                Signatory signatory = signed.signing().circuit().signatory(signature.signatoryId()).orElse(null);
                String role = signature.role() != null ? signed.roleNames().apply(signature.role())
                        : signatory != null ? signed.roleNames().apply(signatory.role()) : "Signataire";
                layout.field(role, FrenchFormat.orNotStated(signature.signedBy()) + "\nle "
                        + FrenchFormat.date(signature.signedAt()) + " à " + time(signature.signedAt())
                        + " (heure de Paris)\n" + how(signature, signatory));
            }
            layout.heading("Original signé");
            layout.paragraph("Original délivré par Passerelle le " + FrenchFormat.date(issuedAt) + " à "
                    + time(issuedAt) + " (heure de Paris) et scellé électroniquement par la plateforme (signature "
                    + "PAdES) : toute modification du fichier rompt le sceau. Son authenticité se vérifie auprès de "
                    + "Passerelle avec le fichier ou son empreinte SHA-256 (POST /document-verifications).");
        });
    }

    private static String how(Signature signature, Signatory signatory) {
        if (signature.method() == SignatureMethod.PAPER) {
            return "Signature manuscrite sur papier ; copie numérisée conservée, empreinte SHA-256 "
                    + signature.scanSha256();
        }
        String email = signatory == null ? null
                : signatory.delegate() != null ? signatory.delegate().email() : signatory.email();
        return FrenchFormat.isStated(email)
                ? "Signature électronique dans Passerelle, par l'adresse e-mail vérifiée " + email
                : "Signature électronique dans Passerelle, par le compte du ou de la signataire";
    }

    private static String time(Instant instant) {
        return TIME.format(instant.atZone(PlatformCalendar.ZONE));
    }
}
