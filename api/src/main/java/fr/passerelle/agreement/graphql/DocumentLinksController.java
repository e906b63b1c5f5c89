package fr.passerelle.agreement.graphql;

import fr.passerelle.agreement.graphql.AgreementView.AmendmentView;
import fr.passerelle.agreement.graphql.FollowUpView.AttestationView;
import fr.passerelle.agreement.graphql.SigningView.SignatureView;
import fr.passerelle.api.web.DownloadLinks;
import fr.passerelle.api.web.DownloadLinks.Link;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.model.WebAddress;
import fr.passerelle.shared.port.PublicBaseUrl;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The agreement's documents: their addresses ({@code URL}s, absolute on the platform's public address, for a client
 * with a token) and signed download links (for a plain {@code <a href>}). Whoever reads the object reads its
 * documents (the download's own rule), so a link is made for the reader without another read; the download checks
 * again.
 */
@Controller
class DocumentLinksController {

    private final PublicBaseUrl base;
    private final DownloadLinks links;

    DocumentLinksController(PublicBaseUrl base, DownloadLinks links) {
        this.base = base;
        this.links = links;
    }

    @SchemaMapping(typeName = "SignedDocument", field = "documentUrl")
    WebAddress signedDocumentUrl(SigningView signing) {
        return address(signing.documentPath());
    }

    @SchemaMapping(typeName = "SignedDocument", field = "documentLink")
    Link signedDocumentLink(SigningView signing, @ContextValue Actor actor) {
        return link(signing.documentPath(), actor);
    }

    @SchemaMapping(typeName = "Signature")
    WebAddress scanUrl(SignatureView signature) {
        return address(signature.scanPath());
    }

    @SchemaMapping(typeName = "Signature")
    Link scanLink(SignatureView signature, @ContextValue Actor actor) {
        return link(signature.scanPath(), actor);
    }

    @SchemaMapping(typeName = "AgreementAmendment", field = "documentUrl")
    WebAddress amendmentDocumentUrl(AmendmentView amendment) {
        return address(amendment.documentPath());
    }

    @SchemaMapping(typeName = "AgreementAmendment", field = "documentLink")
    Link amendmentDocumentLink(AmendmentView amendment, @ContextValue Actor actor) {
        return link(amendment.documentPath(), actor);
    }

    @SchemaMapping(typeName = "InternshipAttestation", field = "documentUrl")
    WebAddress attestationDocumentUrl(AttestationView attestation) {
        return address(attestation.documentPath());
    }

    @SchemaMapping(typeName = "InternshipAttestation", field = "documentLink")
    Link attestationDocumentLink(AttestationView attestation, @ContextValue Actor actor) {
        return link(attestation.documentPath(), actor);
    }

    private WebAddress address(String path) {
        return path == null ? null : WebAddress.of(base.resolve(path));
    }

    private Link link(String path, Actor actor) {
        return path == null ? null : links.to(path, actor);
    }
}
