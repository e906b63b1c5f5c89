package fr.passerelle.agreement.graphql;

import fr.passerelle.agreement.graphql.AgreementView.AmendmentView;
import fr.passerelle.agreement.graphql.FollowUpView.AttestationView;
import fr.passerelle.agreement.graphql.SigningView.SignatureView;
import fr.passerelle.api.web.DownloadLinks;
import fr.passerelle.api.web.DownloadLinks.Link;
import fr.passerelle.membership.model.Actor;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Signed download links next to each document's address. Whoever reads the object reads its documents (the
 * download's own rule), so a link is made for the reader without another read; the download checks again.
 */
@Controller
class DocumentLinkController {

    private final DownloadLinks links;

    DocumentLinkController(DownloadLinks links) {
        this.links = links;
    }

    @SchemaMapping(typeName = "SignedDocument")
    Link documentLink(SigningView signing, @ContextValue Actor actor) {
        return signing.documentUrl() == null ? null : links.to(signing.documentUrl(), actor);
    }

    @SchemaMapping(typeName = "Signature")
    Link scanLink(SignatureView signature, @ContextValue Actor actor) {
        return signature.scanUrl() == null ? null : links.to(signature.scanUrl(), actor);
    }

    @SchemaMapping(typeName = "AgreementAmendment")
    Link documentLink(AmendmentView amendment, @ContextValue Actor actor) {
        return links.to(amendment.documentUrl(), actor);
    }

    @SchemaMapping(typeName = "InternshipAttestation")
    Link documentLink(AttestationView attestation, @ContextValue Actor actor) {
        return links.to(attestation.documentUrl(), actor);
    }
}
