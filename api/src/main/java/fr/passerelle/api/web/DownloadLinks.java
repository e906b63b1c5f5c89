package fr.passerelle.api.web;

import fr.passerelle.api.security.ActorFilter;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.PlatformRole;
import fr.passerelle.membership.port.in.MembershipUseCases;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.link.DownloadGrant;
import fr.passerelle.shared.link.DownloadLinkSigner;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.model.WebAddress;
import fr.passerelle.shared.port.PublicBaseUrl;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Short-lived links that download one document without an {@code Authorization} header, for a plain
 * {@code <a href>}: the document's address plus {@code link=<token>}, the token signed for that address, the reader
 * and a few minutes. The download decides as for the reader signed in, their memberships read again then: a link
 * opens nothing its holder could not download themselves at that moment.
 */
@Component
public class DownloadLinks {

    /** The query parameter carrying the token. */
    public static final String PARAMETER = "link";
    /** How the audit trail and events name a reader who came through a link. */
    static final String CLIENT = "download-link";

    private final DownloadLinkSigner signer;
    private final PublicBaseUrl publicBaseUrl;
    private final MembershipUseCases memberships;

    DownloadLinks(DownloadLinkSigner signer, PublicBaseUrl publicBaseUrl, MembershipUseCases memberships) {
        this.signer = signer;
        this.publicBaseUrl = publicBaseUrl;
        this.memberships = memberships;
    }

    /** GraphQL {@code DownloadLink}. */
    public record Link(WebAddress url, Instant expiresAt) {
    }

    /**
     * A link to the document downloaded from {@code path} for this reader.
     *
     * @param path the document's address relative to the API's root, as its download endpoint reads it
     */
    public Link to(String path, Actor reader) {
        DownloadGrant grant = signer.grantFor(reader.subject(),
                reader.roles().stream().map(Enum::name).collect(Collectors.toSet()),
                reader.email() == null ? null : reader.email().value());
        String url = publicBaseUrl.resolve(path) + (path.contains("?") ? "&" : "?") + PARAMETER + "="
                + signer.sign(path, grant);
        return new Link(new WebAddress(URI.create(url)), grant.expiresAt());
    }

    /**
     * Who downloads through this token, as they are now; empty for a token altered, expired or signed for another
     * document.
     */
    public Optional<Actor> holderOf(String path, String token) {
        return signer.verify(path, token).map(grant -> memberships.resolveActor(grant.subject(), null,
                grant.email() == null ? null : EmailAddress.of(grant.email()), roles(grant.roles()), CLIENT));
    }

    /**
     * Who downloads the document at {@code path}: the signed-in reader, else the holder of a signed link to that very
     * document. A link altered, expired or made for another document is a 404, like a document one may not read.
     *
     * @param missingType how the 404 names what was asked for
     */
    public Actor readerOf(HttpServletRequest request, String path, String missingType) {
        Actor signedIn = (Actor) request.getAttribute(ActorFilter.ATTRIBUTE);
        if (signedIn != null) {
            return signedIn;
        }
        return holderOf(path, request.getParameter(PARAMETER))
                .orElseThrow(() -> new NotFoundException(missingType, "requested"));
    }

    private static Set<PlatformRole> roles(Set<String> names) {
        return Arrays.stream(PlatformRole.values()).filter(role -> names.contains(role.name()))
                .collect(Collectors.toSet());
    }
}
