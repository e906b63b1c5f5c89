package fr.passerelle.testing;

import fr.passerelle.agreement.port.out.SignatureProvider;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link SignatureProvider} with the in-platform semantics (the signature is the authenticated click: signed now, under
 * the signer's name, or the name the circuit gives them when the token has none), keeping every request it signed.
 * {@link #refuseNext} makes it refuse once, as a provider may.
 */
public class RecordingSignatureProvider implements SignatureProvider {

    private final Clock clock;
    private final List<SignatureRequest> requests = new ArrayList<>();
    private boolean refuseNext;

    public RecordingSignatureProvider(Clock clock) {
        this.clock = clock;
    }

    @Override
    public SignatureProof sign(SignatureRequest request) {
        requests.add(request);
        if (refuseNext) {
            refuseNext = false;
            throw BusinessRuleViolation.of("signatoryId", ErrorCode.INVALID_STATE, "the provider refused to sign");
        }
        String name = request.signerName() != null ? request.signerName()
                : request.signatory().delegate() != null ? request.signatory().delegate().name()
                : request.signatory().name();
        return new SignatureProof(clock.instant(), name);
    }

    /** The next request is refused (and recorded). */
    public void refuseNext() {
        refuseNext = true;
    }

    /** Every request received, in order, refused or not. */
    public List<SignatureRequest> requests() {
        return List.copyOf(requests);
    }
}
