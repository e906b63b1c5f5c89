package fr.passerelle.agreement.service;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.Amendment;
import fr.passerelle.agreement.model.Signature;
import fr.passerelle.agreement.model.SignedDocument;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The routing ids of an agreement's change that its notices need and the stored agreement cannot tell afterwards:
 * which document version went out or was recalled, which signatory signed, which amendment moved. Events carry ids
 * only (signatory ids are circuit roles such as {@code company_signatory}), never names or addresses.
 */
final class AgreementChange {

    /** The version of the agreement's document that was sent, signed or recalled. */
    static final String DOCUMENT_VERSION = "documentVersion";
    /** The signatory whose signature this change added. */
    static final String SIGNATORY = "signatory";
    /** The amendment this change proposed, signed or withdrew. */
    static final String AMENDMENT = "amendment";

    private AgreementChange() {
    }

    /** The agreement's own attributes, plus those of what changed between the two versions. */
    static Map<String, String> attributes(Agreement before, Agreement after) {
        Map<String, String> attributes = new HashMap<>(AgreementService.attributes(after));
        if (!before.signing().equals(after.signing())) {
            attributes.put(DOCUMENT_VERSION, String.valueOf(after.signing().documentVersion()));
            added(before.signing(), after.signing()).ifPresent(s -> attributes.put(SIGNATORY, s.signatoryId()));
        }
        for (Amendment amendment : after.amendments()) {
            Amendment earlier = before.amendments().stream().filter(a -> a.id().equals(amendment.id())).findFirst()
                    .orElse(null);
            if (!amendment.equals(earlier)) {
                attributes.put(AMENDMENT, amendment.id());
                added(earlier == null ? null : earlier.signing(), amendment.signing())
                        .ifPresent(s -> attributes.put(SIGNATORY, s.signatoryId()));
            }
        }
        return Map.copyOf(attributes);
    }

    /** The signature the later document has beyond the earlier (signatures are only ever appended). */
    private static Optional<Signature> added(SignedDocument earlier, SignedDocument later) {
        List<Signature> before = earlier == null ? List.of() : earlier.signatures();
        List<Signature> after = later.signatures();
        return after.size() > before.size() && Objects.equals(after.subList(0, before.size()), before)
                ? Optional.of(after.get(after.size() - 1)) : Optional.empty();
    }
}
