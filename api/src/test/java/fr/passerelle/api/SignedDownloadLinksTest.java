package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.shared.link.DownloadGrant;
import fr.passerelle.shared.link.DownloadLinkSigner;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Documents a browser opens with a plain link: a signed download link works without any header for its reader and
 * document only, a few minutes; anything else answers 404 like a document one may not read. Browser code reads the
 * download's hash and file name (CORS exposed headers).
 */
class SignedDownloadLinksTest extends AgreementApiTest {

    private static final String LINKS = """
            query($id: ID!) { node(id: $id) { ... on InternshipAgreement { signing {
              documentUrl documentSha256 documentLink { url expiresAt } signatures { scanLink { url expiresAt } } } } } }""";

    @Autowired
    private DownloadLinkSigner signer;

    @Test
    void aLinkDownloadsItsDocumentWithoutAnyHeaderForAFewMinutes() {
        Internship internship = sent();
        Instant asked = Instant.now();
        var signing = signing(internship.learner().caller(), internship.id());
        var link = asMap(signing.get("documentLink"));
        String url = (String) link.get("url");

        assertThat(url).as("absolute, on the server's own address and actual port")
                .startsWith("http://localhost:" + port + internship.documentPath() + "?link=");
        assertThat(Instant.parse((String) link.get("expiresAt"))).isAfter(asked)
                .isBeforeOrEqualTo(asked.plus(Duration.ofMinutes(5)).plusSeconds(1));

        Download pdf = plainGet(url);
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(sha256(pdf.body())).isEqualTo(signing.get("documentSha256"));
        assertThat(pdf.header("Cache-Control")).isEqualTo("no-store");
        assertThat(pdf.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(plainGet(url).status()).as("as often as needed while it holds").isEqualTo(200);
    }

    @Test
    void aLinkAnswersHeadLikeGetWithoutTheBody() {
        Internship internship = sent();
        String url = (String) asMap(signing(internship.learner().caller(), internship.id()).get("documentLink"))
                .get("url");

        HttpResponse<byte[]> head = api.exchange(HttpRequest.newBuilder(URI.create(url))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> altered = api.exchange(HttpRequest.newBuilder(URI.create(url + "x"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(head.headers().firstValue("ETag")).contains(plainGet(url).header("ETag"));
        assertThat(head.body()).isEmpty();
        assertThat(altered.statusCode()).as("refused as GET refuses it").isEqualTo(plainGet(url + "x").status())
                .isNotEqualTo(200);
    }

    @Test
    void aLinkOpensNoOtherDocumentAndAnAlteredOneNothing() {
        Internship internship = sent();
        assertThat(paperSignature(internship.id(), LEARNER_SIGNS, null, scan()).status()).isEqualTo(200);
        Internship another = sent();
        var signing = signing(persona("school-admin-a"), internship.id());
        String url = (String) asMap(signing.get("documentLink")).get("url");
        String token = url.substring(url.indexOf("?link=") + "?link=".length());
        String scanUrl = (String) asMap(asList(signing.get("signatures")).get(0).get("scanLink")).get("url");
        assertThat(plainGet(scanUrl).status()).as("the scan's own link").isEqualTo(200);

        Download missing = plainGet("/agreements/" + internship.id() + "/attestation");
        assertThat(missing.status()).as("no token at all").isEqualTo(401);
        for (String other : List.of(another.documentPath() + "?link=" + token,
                internship.documentPath() + "?version=1&link=" + token,
                "/agreements/" + internship.id() + "/attestation?link=" + token,
                scanUrl.substring(0, scanUrl.indexOf("?link=")) + "?link=" + token,
                internship.documentPath() + "?link=" + scanUrl.substring(scanUrl.indexOf("?link=") + 6),
                internship.documentPath() + "?link=" + token.substring(0, token.length() - 1)
                        + (token.endsWith("A") ? "B" : "A"),
                internship.documentPath() + "?link=",
                internship.documentPath() + "?link=not-a-token")) {
            Download refused = plainGet(other);
            assertThat(refused.status()).as(other).isEqualTo(404);
            assertThat(refused.text()).as("like a document one may not read").contains("urn:passerelle:problem:not-found");
        }
    }

    @Test
    void anExpiredLinkOrOneWhoseHolderMayNotReadTheDocumentOpensNothing() {
        Internship internship = sent();
        String path = internship.documentPath();
        String learner = internship.learner().caller().subject();
        assertThat(plainGet(path + "?link=" + signer.sign(path, signer.grantFor(learner, Set.of(), null))).status())
                .as("a link the server signed for the intern").isEqualTo(200);

        var expired = new DownloadGrant(learner, Set.of(), null, Instant.now().minusSeconds(1));
        assertThat(plainGet(path + "?link=" + signer.sign(path, expired)).status()).as("expired").isEqualTo(404);

        // The download decides as for the holder now: another school's staff read nothing of school A.
        var stranger = signer.grantFor(given.subjectOf("school-admin-b"), Set.of(), null);
        assertThat(plainGet(path + "?link=" + signer.sign(path, stranger)).status()).isEqualTo(404);
    }

    @Test
    void browserCodeReadsTheDownloadsHashAndFileName() {
        Internship internship = sent();
        String origin = "http://localhost:5173";
        var preflight = api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + internship.documentPath()))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization"));
        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.headers().get("access-control-allow-origin")).containsExactly(origin);

        HttpResponse<byte[]> download = api.exchange(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + internship.documentPath()))
                .header("Origin", origin)
                .header("Authorization", "Bearer " + internship.learner().caller().token()).GET(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("access-control-allow-origin")).contains(origin);
        assertThat(download.headers().allValues("access-control-expose-headers").stream()
                .flatMap(value -> List.of(value.split(",\\s*")).stream()).toList())
                .contains("Repr-Digest", "ETag", "Content-Disposition", "Retry-After", "WWW-Authenticate");
    }

    private Internship sent() {
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        return outForSignature(fullTime(start, start.plusWeeks(4).minusDays(3)));
    }

    /** The agreement's signing as this reader reads it, with its links. */
    private Map<String, Object> signing(Caller reader, String agreementId) {
        var reply = as(reader, LINKS, Map.of("id", agreementId));
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        return reply.read("$.data.node.signing");
    }

    /** What a browser sends for a plain link: a GET without any header. */
    private Download plainGet(String urlOrPath) {
        return download((String) null, urlOrPath.replace("http://localhost:" + port, ""));
    }
}
