package fr.passerelle.agreement.graphql;

import fr.passerelle.agreement.model.Signatory;
import fr.passerelle.agreement.model.SignatoryRole;
import fr.passerelle.agreement.model.Signature;
import fr.passerelle.agreement.model.SignatureMethod;
import fr.passerelle.agreement.model.SignedDocument;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * GraphQL {@code SignedDocument}: the circuit, who may sign now, every signature, and where the document and scans
 * are downloaded (paths of the API; {@link DocumentLinksController} makes them links).
 */
record SigningView(List<StepView> circuit, int documentVersion, String documentSha256, boolean out,
                   List<SignatoryView> awaiting, List<SignatureView> signatures, String documentPath) {

    /**
     * @param documentPath where the current version is downloaded, null before it was sent
     * @param scanPath     where a scan is downloaded, given its hash
     * @param viewerSigns  whether the reader signs for a signatory
     */
    static SigningView of(SignedDocument signing, String documentPath, Function<String, String> scanPath,
                          Predicate<Signatory> viewerSigns) {
        return new SigningView(signing.circuit().steps().stream()
                .map(step -> new StepView(step.signatories().stream()
                        .map(s -> SignatoryView.of(s, viewerSigns)).toList())).toList(),
                signing.documentVersion(), signing.documentSha256(), signing.out(),
                signing.awaiting().stream().map(s -> SignatoryView.of(s, viewerSigns)).toList(),
                signing.signatures().stream().map(s -> SignatureView.of(s, scanPath)).toList(),
                signing.documentVersion() > 0 ? documentPath : null);
    }

    /** GraphQL {@code SigningStep}. */
    record StepView(List<SignatoryView> signatories) {
    }

    /** GraphQL {@code Signatory}. */
    record SignatoryView(String id, SignatoryRole role, String name, String email, Signatory.Delegate delegate,
                         boolean viewerSigns) {

        static SignatoryView of(Signatory signatory, Predicate<Signatory> viewerSigns) {
            return new SignatoryView(signatory.id(), signatory.role(), signatory.name(), signatory.email(),
                    signatory.delegate(), viewerSigns.test(signatory));
        }
    }

    /** GraphQL {@code Signature}; who recorded it (an account id) stays in the audit trail. */
    record SignatureView(String signatoryId, SignatoryRole role, SignatureMethod method, String signedBy,
                         Instant signedAt, int documentVersion, String documentSha256, String scanSha256,
                         String scanPath) {

        static SignatureView of(Signature signature, Function<String, String> scanPath) {
            return new SignatureView(signature.signatoryId(), signature.role(), signature.method(),
                    signature.signedBy(), signature.signedAt(), signature.documentVersion(),
                    signature.documentSha256(), signature.scanSha256(),
                    signature.scanSha256() == null ? null : scanPath.apply(signature.scanSha256()));
        }
    }
}
