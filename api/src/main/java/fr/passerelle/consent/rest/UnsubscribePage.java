package fr.passerelle.consent.rest;

import fr.passerelle.api.i18n.ReaderLanguages;
import fr.passerelle.consent.port.in.ConsentUseCases;
import fr.passerelle.consent.service.UnsubscribeTokens;
import fr.passerelle.shared.i18n.Language;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * One-click unsubscribe (RFC 8058), at the link every marketing mail's {@code List-Unsubscribe} header carries. A POST
 * — the mailbox provider's, with the body {@code List-Unsubscribe=One-Click}, or the confirmation page's own form —
 * withdraws the person's consent without signing in: the sealed token is the credential, and withdrawing is all it
 * can do. A GET only shows the confirmation page (link scanners and prefetchers GET every link in a mail: a GET that
 * unsubscribed would unsubscribe people who never clicked). A forged or altered token gets 404, whatever the method.
 */
@RestController
@Hidden
class UnsubscribePage {

    static final String PATH = "/unsubscribe/{token}";
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final UnsubscribeTokens tokens;
    private final ConsentUseCases consents;
    private final ReaderLanguages languages;

    UnsubscribePage(UnsubscribeTokens tokens, ConsentUseCases consents, ReaderLanguages languages) {
        this.tokens = tokens;
        this.consents = consents;
        this.languages = languages;
    }

    @GetMapping(PATH)
    ResponseEntity<String> confirm(@PathVariable String token, HttpServletRequest request) {
        Texts texts = Texts.of(languages.of(request));
        return tokens.open(token).map(ignored -> page(HttpStatus.OK, texts.title, "<p>" + texts.question + "</p>"
                        + "<form method=\"post\"><button type=\"submit\">" + texts.confirm + "</button></form>"))
                .orElseGet(() -> page(HttpStatus.NOT_FOUND, texts.title, "<p>" + texts.unknown + "</p>"));
    }

    /**
     * The token alone decides, whatever the body says. The form body ({@code List-Unsubscribe=One-Click} from a mailbox
     * provider, empty from the page's button) is still read, as a parameter: an answer given before its request's body
     * was read closes the connection (see {@code ConnectionGuardValve}), which a provider's client may be reusing.
     */
    @PostMapping(PATH)
    ResponseEntity<String> unsubscribe(@PathVariable String token,
                                       @RequestParam(name = "List-Unsubscribe", required = false) String oneClick,
                                       HttpServletRequest request) {
        Texts texts = Texts.of(languages.of(request));
        Optional<UnsubscribeTokens.Unsubscription> unsubscription = tokens.open(token);
        if (unsubscription.isEmpty()) {
            return page(HttpStatus.NOT_FOUND, texts.title, "<p>" + texts.unknown + "</p>");
        }
        consents.unsubscribe(unsubscription.get().subject(), unsubscription.get().purpose());
        return page(HttpStatus.OK, texts.title, "<p>" + texts.done + "</p>");
    }

    private static ResponseEntity<String> page(HttpStatus status, String title, String body) {
        String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + "<meta name=\"robots\" content=\"noindex\"></head><body><h1>" + title + "</h1>" + body
                + "</body></html>";
        return ResponseEntity.status(status).contentType(HTML).cacheControl(CacheControl.noStore())
                .header("Referrer-Policy", "same-origin").header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .body(html);
    }

    /** The page's few sentences; none names the person (the link may have been forwarded). */
    private record Texts(String title, String question, String confirm, String done, String unknown) {

        static Texts of(Language language) {
            return language == Language.EN
                    ? new Texts("Unsubscribe", "Stop receiving Passerelle's newsletters at this address?",
                    "Unsubscribe", "Done: you will receive no more newsletters. Mails about your applications, "
                    + "agreements and internships keep coming.", "This unsubscribe link is not valid.")
                    : new Texts("Désinscription", "Ne plus recevoir les lettres d'information de Passerelle ?",
                    "Me désinscrire", "C'est fait : vous ne recevrez plus de lettres d'information. Les messages "
                    + "sur vos candidatures, conventions et stages continuent.", "Ce lien de désinscription "
                    + "n'est pas valide.");
        }
    }
}
