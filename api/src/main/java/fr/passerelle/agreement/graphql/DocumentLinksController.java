package fr.passerelle.agreement.graphql;

import fr.passerelle.agreement.graphql.AgreementView.AmendmentView;
import fr.passerelle.agreement.graphql.FollowUpView.AttestationView;
import fr.passerelle.agreement.graphql.SigningView.SignatureView;
import fr.passerelle.api.graphql.PublicBaseUrl;
import fr.passerelle.shared.model.WebAddress;
import java.net.URI;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The agreement's download links ({@code URL}s), absolute on the API's public address: a client follows them as given. */
@Controller
class DocumentLinksController {

    private static final String BASE = PublicBaseUrl.CONTEXT_KEY;

    @SchemaMapping(typeName = "SignedDocument", field = "documentUrl")
    WebAddress signedDocumentUrl(SigningView signing, @ContextValue(BASE) URI base) {
        return link(base, signing.documentPath());
    }

    @SchemaMapping(typeName = "Signature")
    WebAddress scanUrl(SignatureView signature, @ContextValue(BASE) URI base) {
        return link(base, signature.scanPath());
    }

    @SchemaMapping(typeName = "AgreementAmendment", field = "documentUrl")
    WebAddress amendmentDocumentUrl(AmendmentView amendment, @ContextValue(BASE) URI base) {
        return link(base, amendment.documentPath());
    }

    @SchemaMapping(typeName = "InternshipAttestation", field = "documentUrl")
    WebAddress attestationDocumentUrl(AttestationView attestation, @ContextValue(BASE) URI base) {
        return link(base, attestation.documentPath());
    }

    private static WebAddress link(URI base, String path) {
        return path == null ? null : PublicBaseUrl.link(base, path);
    }
}
