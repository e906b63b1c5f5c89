package fr.passerelle.agreement.signing;

import fr.passerelle.agreement.model.Signatory;
import fr.passerelle.agreement.port.out.SignatureProvider;
import java.time.Clock;

/**
 * The platform's own electronic signature (a simple electronic signature in eIDAS terms): the signatory's
 * authenticated click on the document whose hash the request carries, timestamped by the platform's clock. The
 * service has already checked that the signer is the signatory (or their delegate); the hash and the signing order
 * are checked when the signature is recorded, which discards this proof if they are wrong. So this provider only
 * dates and names the signature, has no side effect, and never refuses.
 */
class InPlatformSignatureProvider implements SignatureProvider {

    private final Clock clock;

    InPlatformSignatureProvider(Clock clock) {
        this.clock = clock;
    }

    @Override
    public SignatureProof sign(SignatureRequest request) {
        return new SignatureProof(clock.instant(), signerName(request));
    }

    /** The name of the signer's account; without one, whoever signs for the signatory as the agreement names them. */
    private static String signerName(SignatureRequest request) {
        if (request.signerName() != null && !request.signerName().isBlank()) {
            return request.signerName().strip();
        }
        Signatory signatory = request.signatory();
        return signatory.delegate() != null ? signatory.delegate().name() : signatory.name();
    }
}
