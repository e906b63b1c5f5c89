package fr.passerelle.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.PlatformRole;
import fr.passerelle.membership.port.in.MembershipUseCases;
import fr.passerelle.shared.link.DownloadLinkSigner;
import fr.passerelle.shared.model.EmailAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A link carries who asked; whoever downloads through it is that person as our data says at that moment. */
class DownloadLinksTest {

    private static final String DOCUMENT = "/agreements/QWdyZWVtZW50OjE/document";
    private static final EmailAddress EMAIL = EmailAddress.of("ana.roux@example.org");

    private final MembershipUseCases memberships = mock(MembershipUseCases.class);
    private final DownloadLinks links = new DownloadLinks(new DownloadLinkSigner(
            "a server secret of thirty-two bytes at least".getBytes(StandardCharsets.UTF_8), Duration.ofMinutes(5),
            Clock.systemUTC()), path -> "https://api.example.org" + path, memberships);

    @Test
    void theHolderIsResolvedAgainWhenTheLinkIsUsedSoARevokedMembershipNoLongerCounts() {
        Actor asked = new Actor("ana", "Ana Roux", EMAIL, Set.of(PlatformRole.ADVISOR), List.of());
        DownloadLinks.Link link = links.to(DOCUMENT, asked);
        String url = link.url().toString();
        assertThat(url).startsWith("https://api.example.org" + DOCUMENT + "?link=");
        String token = url.substring(url.indexOf("?link=") + 6);

        Actor now = new Actor("ana", null, EMAIL, Set.of(PlatformRole.ADVISOR), List.of());
        when(memberships.resolveActor("ana", null, EMAIL, Set.of(PlatformRole.ADVISOR), DownloadLinks.CLIENT))
                .thenReturn(now);
        assertThat(links.holderOf(DOCUMENT, token)).containsSame(now);
    }

    @Test
    void aLinkToAnAddressWithAQueryAddsItsParameter() {
        Actor asked = new Actor("ana", "Ana Roux", null, Set.of(), List.of());
        assertThat(links.to(DOCUMENT + "?version=2", asked).url().toString())
                .startsWith("https://api.example.org" + DOCUMENT + "?version=2&link=");
    }

    @Test
    void aTokenForAnotherDocumentResolvesNobody() {
        Actor asked = new Actor("ana", "Ana Roux", EMAIL, Set.of(), List.of());
        String url = links.to(DOCUMENT, asked).url().toString();
        String token = url.substring(url.indexOf("?link=") + 6);

        assertThat(links.holderOf("/agreements/QWdyZWVtZW50OjI/document", token)).isEmpty();
        assertThat(links.holderOf(DOCUMENT, null)).isEmpty();
        verifyNoInteractions(memberships);
    }
}
