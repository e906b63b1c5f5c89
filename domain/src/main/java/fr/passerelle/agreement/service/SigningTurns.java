package fr.passerelle.agreement.service;

import fr.passerelle.agreement.model.Signatory;
import fr.passerelle.agreement.model.Signature;
import fr.passerelle.agreement.model.SignedDocument;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whose turn a moment of a signing circuit brought, worked out from the signatures on record (never erased, only
 * appended), so a notice delivered late still tells the people whose turn that signature brought, and only them.
 */
public final class SigningTurns {

    private SigningTurns() {
    }

    /**
     * The signatories who had signed this version once {@code signatoryId} signed it, them included; everyone who
     * signed it when {@code signatoryId} is null.
     */
    public static Set<String> signedUpTo(SignedDocument document, int version, String signatoryId) {
        Set<String> signed = new LinkedHashSet<>();
        for (Signature signature : document.signatures()) {
            if (signature.documentVersion() == version) {
                signed.add(signature.signatoryId());
                if (signature.signatoryId().equals(signatoryId)) {
                    break;
                }
            }
        }
        return signed;
    }

    /**
     * The signatories whose turn came with {@code signatoryId}'s signature of this version (the next step, once it
     * completed its own); the first step's when {@code signatoryId} is null (the version was just sent).
     */
    public static List<Signatory> cameWith(SignedDocument document, int version, String signatoryId) {
        if (signatoryId == null) {
            return document.circuit().awaiting(Set.of());
        }
        Set<String> after = signedUpTo(document, version, signatoryId);
        Set<String> before = new HashSet<>(after);
        before.remove(signatoryId);
        Set<String> alreadyAwaited = ids(document.circuit().awaiting(before));
        return document.circuit().awaiting(after).stream().filter(s -> !alreadyAwaited.contains(s.id())).toList();
    }

    /**
     * Those of the candidates the document still awaits now (as the circuit names them now, with any delegate): none
     * once that version was recalled, and not who signed meanwhile.
     */
    public static List<Signatory> stillAwaited(SignedDocument document, int version, List<Signatory> candidates) {
        if (!document.out() || document.documentVersion() != version) {
            return List.of();
        }
        Set<String> wanted = ids(candidates);
        return document.awaiting().stream().filter(s -> wanted.contains(s.id())).toList();
    }

    /** Who was asked to sign this version: who signed it, and whose turn it was when it stopped. */
    public static List<Signatory> asked(SignedDocument document, int version) {
        Set<String> signed = signedUpTo(document, version, null);
        Set<String> awaited = ids(document.circuit().awaiting(signed));
        return document.circuit().signatories().stream()
                .filter(s -> signed.contains(s.id()) || awaited.contains(s.id())).toList();
    }

    private static Set<String> ids(List<Signatory> signatories) {
        return signatories.stream().map(Signatory::id).collect(Collectors.toSet());
    }
}
