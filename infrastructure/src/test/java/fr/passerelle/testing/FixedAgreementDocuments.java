package fr.passerelle.testing;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.Amendment;
import fr.passerelle.agreement.model.Attestation;
import fr.passerelle.agreement.port.out.AgreementDocuments;
import fr.passerelle.agreement.rules.RulesReport;
import java.nio.charset.StandardCharsets;

/**
 * A stand-in for the PDF renderer, for tests that load the wiring: the same data gives the same bytes, as the port
 * asks, and different documents differ. Not a PDF.
 */
public final class FixedAgreementDocuments implements AgreementDocuments {

    @Override
    public byte[] agreement(Agreement agreement, RulesReport rules) {
        return bytes("agreement " + agreement.id() + " " + agreement.terms());
    }

    @Override
    public byte[] amendment(Agreement agreement, Amendment amendment) {
        return bytes("amendment " + agreement.id() + " " + amendment.number() + " " + amendment.terms());
    }

    @Override
    public byte[] attestation(Agreement agreement, Attestation attestation) {
        return bytes("attestation " + agreement.id() + " " + attestation);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
