package fr.passerelle.shared.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import fr.passerelle.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DownloadLinkSignerTest {

    private static final byte[] SECRET = "a server secret of thirty-two bytes at least".getBytes(StandardCharsets.UTF_8);
    private static final String DOCUMENT = "/agreements/QWdyZWVtZW50OjE/document?version=2";

    private final MutableClock clock = new MutableClock();
    private final DownloadLinkSigner signer = new DownloadLinkSigner(SECRET, Duration.ofMinutes(5), clock);

    @Test
    void aTokenOpensItsObjectForItsHolderUntilItExpires() {
        DownloadGrant grant = signer.grantFor("subject-1", Set.of("ADVISOR"), "marc.petit@example.org");
        assertThat(grant.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(5)));
        String token = signer.sign(DOCUMENT, grant);

        assertThat(signer.verify(DOCUMENT, token)).contains(grant);
        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertThat(signer.verify(DOCUMENT, token)).contains(grant);
        clock.advance(Duration.ofSeconds(1));
        assertThat(signer.verify(DOCUMENT, token)).as("expired").isEmpty();
    }

    @Test
    void withoutRolesOrEmailTheGrantSaysSo() {
        DownloadGrant grant = signer.grantFor("subject-2", Set.of(), null);
        assertThat(signer.verify(DOCUMENT, signer.sign(DOCUMENT, grant))).contains(grant);
    }

    @Test
    void aTokenOpensNoOtherObject() {
        String token = signer.sign(DOCUMENT, signer.grantFor("subject-1", Set.of(), null));

        assertThat(signer.verify("/agreements/QWdyZWVtZW50OjE/document?version=1", token)).isEmpty();
        assertThat(signer.verify("/agreements/QWdyZWVtZW50OjI/document?version=2", token)).isEmpty();
        assertThat(signer.verify("/agreements/QWdyZWVtZW50OjE/attestation", token)).isEmpty();
    }

    @Test
    void anAlteredOrMalformedTokenOpensNothing() {
        String token = signer.sign(DOCUMENT, signer.grantFor("subject-1", Set.of(), null));
        byte[] bytes = Base64.getUrlDecoder().decode(token);

        for (int at = 0; at < bytes.length; at++) {
            byte[] altered = bytes.clone();
            altered[at] ^= 1;
            String spelled = Base64.getUrlEncoder().withoutPadding().encodeToString(altered);
            assertThat(signer.verify(DOCUMENT, spelled)).as("byte %d flipped", at).isEmpty();
        }
        for (String malformed : new String[] {token + "A", token.substring(1), token + ".x", "", "a.b.c.d.e",
                "not a token", "....", "%%.%%.%%.1.%%", "AAAAAAAAAAAAAAAA"}) {
            assertThat(signer.verify(DOCUMENT, malformed)).as(malformed).isEmpty();
        }
        assertThat(signer.verify(DOCUMENT, null)).isEmpty();
        assertThat(signer.verify(DOCUMENT, "a".repeat(10_000))).isEmpty();
    }

    /** Links end up in browser histories and access logs: the holder's account and e-mail must not be read there. */
    @Test
    void aTokenRevealsNeitherItsHolderNorTheirEmail() {
        String token = signer.sign(DOCUMENT, signer.grantFor("subject-1", Set.of("ADVISOR"),
                "marc.petit@example.org"));
        String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.ISO_8859_1);

        for (String secret : new String[] {"subject-1", "marc.petit", "ADVISOR"}) {
            String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(secret.getBytes());
            assertThat(token).doesNotContain(secret).doesNotContain(encoded.substring(0, encoded.length() - 2));
            assertThat(decoded).doesNotContain(secret);
        }
        assertThat(signer.sign(DOCUMENT, signer.grantFor("subject-1", Set.of("ADVISOR"), "marc.petit@example.org")))
                .as("two tokens of the same grant look unrelated").isNotEqualTo(token);
    }

    /** Base64's last character carries unused bits: the three other spellings of the same bytes open nothing. */
    @Test
    void aTokenHasOneSpellingOnly() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        String token = signer.sign(DOCUMENT, signer.grantFor("subject-1", Set.of(), null));
        int last = alphabet.indexOf(token.charAt(token.length() - 1));

        for (int same = last & ~3; same < (last & ~3) + 4; same++) {
            String spelling = token.substring(0, token.length() - 1) + alphabet.charAt(same);
            assertThat(signer.verify(DOCUMENT, spelling).isPresent()).as(spelling).isEqualTo(same == last);
        }
    }

    @Test
    void anotherServersSecretSignsOtherTokens() {
        var other = new DownloadLinkSigner("another secret, thirty-two bytes or more".getBytes(StandardCharsets.UTF_8),
                Duration.ofMinutes(5), clock);
        String token = other.sign(DOCUMENT, other.grantFor("subject-1", Set.of(), null));
        assertThat(signer.verify(DOCUMENT, token)).isEmpty();
    }

    @Test
    void aShortSecretOrAnUnboundedLifetimeIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DownloadLinkSigner(new byte[16], Duration.ofMinutes(5),
                clock));
        for (Duration lifetime : new Duration[] {Duration.ZERO, Duration.ofSeconds(-1), Duration.ofHours(2)}) {
            assertThatIllegalArgumentException().isThrownBy(() -> new DownloadLinkSigner(SECRET, lifetime, clock));
        }
    }
}
