package fr.passerelle.agreement.model;

import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A document going round a signing circuit: its current version and hash, and every signature ever given. Sending a
 * new version (after a change) keeps the earlier signatures, which stay attached to the version they signed; the
 * new version needs its own. Used by agreements and by each amendment.
 *
 * @param documentVersion 0 before the document was first sent
 * @param out             whether the current version is out for signature (sent, not recalled): a recalled version
 *                        takes no more signatures, and the circuit may change before the next one is sent
 */
public record SignedDocument(SigningCircuit circuit, int documentVersion, String documentSha256,
                             List<Signature> signatures, boolean out) {

    public SignedDocument {
        Objects.requireNonNull(circuit, "circuit");
        signatures = List.copyOf(signatures);
    }

    public static SignedDocument unsent(SigningCircuit circuit) {
        return new SignedDocument(circuit, 0, null, List.of(), false);
    }

    /** Sends (or re-sends) the document: a new version with its hash; earlier signatures are kept. */
    public SignedDocument sent(String sha256) {
        Objects.requireNonNull(sha256, "sha256");
        return new SignedDocument(circuit, documentVersion + 1, sha256, signatures, true);
    }

    /**
     * Takes the current version back (to change the agreement): its signatures stay on record, the next send
     * starts the circuit again.
     */
    public SignedDocument recalled() {
        return out ? new SignedDocument(circuit, documentVersion, documentSha256, signatures, false) : this;
    }

    /** A new circuit before sending; refused once anyone signed the current version. */
    public SignedDocument withCircuit(SigningCircuit newCircuit) {
        if (!currentSignatures().isEmpty()) {
            throw BusinessRuleViolation.of("circuit", ErrorCode.INVALID_STATE,
                    "error.circuit.locked");
        }
        return new SignedDocument(newCircuit, documentVersion, documentSha256, signatures, out);
    }

    /**
     * Records a signature of the current version by a signatory whose turn it is. Signing the same version twice
     * is a no-op (a retried click).
     *
     * @param sha256 the hash of the document the signer saw: it must be the current version's
     */
    public SignedDocument signedBy(String signatoryId, SignatureMethod method, String signedBy, String recordedBy,
                                   String sha256, String scanSha256, Instant now) {
        if (method == SignatureMethod.PAPER && (scanSha256 == null || scanSha256.isBlank())) {
            throw BusinessRuleViolation.of("scanSha256", ErrorCode.REQUIRED,
                    "error.signature.scan-hash-required");
        }
        if (!requireSignable(signatoryId, sha256)) {
            return this;
        }
        Signatory signatory = circuit.signatory(signatoryId).orElseThrow();
        List<Signature> all = new ArrayList<>(signatures);
        all.add(new Signature(signatoryId, signatory.role(), method, signedBy, recordedBy, now, documentVersion,
                documentSha256, scanSha256));
        return new SignedDocument(circuit, documentVersion, documentSha256, all, out);
    }

    /**
     * Whether the signatory may sign the version with this hash now: false when they already signed it (signing
     * again with the same hash changes nothing); refused when the document is not out, the hash is not the current
     * version's (even after having signed), or it is not their turn. Checked before anyone (a signature provider) is asked to sign.
     */
    public boolean requireSignable(String signatoryId, String sha256) {
        if (!out) {
            throw BusinessRuleViolation.of("signatoryId", ErrorCode.INVALID_STATE, "error.document.not-out-for-signature");
        }
        circuit.signatory(signatoryId).orElseThrow(() -> BusinessRuleViolation.of(
                "signatoryId", ErrorCode.INVALID, "error.signatory.unknown"));
        // The hash first: a signer who already signed and sends another hash read another document, which the
        // answer must say rather than confirm a signature of a document they did not see.
        if (!documentSha256.equals(sha256)) {
            throw BusinessRuleViolation.of("documentSha256", ErrorCode.INVALID_STATE,
                    "error.document.stale-hash", documentVersion);
        }
        if (signedIds().contains(signatoryId)) {
            return false;
        }
        if (circuit.awaiting(signedIds()).stream().noneMatch(s -> s.id().equals(signatoryId))) {
            throw BusinessRuleViolation.of("signatoryId", ErrorCode.INVALID_STATE,
                    "error.signature.too-early");
        }
        return true;
    }

    public SignedDocument delegating(String signatoryId, Signatory.Delegate delegate) {
        Signatory signatory = circuit.signatory(signatoryId).orElseThrow(() -> BusinessRuleViolation.of(
                "signatoryId", ErrorCode.INVALID, "error.signatory.unknown"));
        if (signedIds().contains(signatoryId)) {
            throw BusinessRuleViolation.of("signatoryId", ErrorCode.INVALID_STATE, "error.signature.already-signed");
        }
        return new SignedDocument(circuit.replacing(signatory.delegatedTo(delegate)), documentVersion,
                documentSha256, signatures, out);
    }

    /** The signatures of the version out for signature; none while nothing is out. */
    public List<Signature> currentSignatures() {
        return out ? signatures.stream().filter(s -> s.documentVersion() == documentVersion).toList() : List.of();
    }

    public boolean complete() {
        return out && circuit.completeWith(signedIds());
    }

    public List<Signatory> awaiting() {
        return out ? circuit.awaiting(signedIds()) : List.of();
    }

    private Set<String> signedIds() {
        return currentSignatures().stream().map(Signature::signatoryId).collect(Collectors.toSet());
    }
}
