package fr.passerelle.agreement.rest;

import fr.passerelle.agreement.model.ObjectiveRating;
import fr.passerelle.agreement.model.ObjectiveRating.Level;
import fr.passerelle.agreement.port.in.FollowUpUseCases;
import fr.passerelle.agreement.port.in.FollowUpUseCases.EvaluationForm;
import fr.passerelle.api.i18n.ReaderLanguages;
import fr.passerelle.shared.i18n.Bundles;
import fr.passerelle.shared.i18n.Language;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The tutor's evaluation form as a web page, at the very link mailed to the tutor, for organisations without an SPA:
 * a browser (asking for {@code text/html}) gets this page, a client asking for JSON gets {@link EvaluationFormController}.
 * The page posts an ordinary HTML form back to the same address and needs no script. Cross-site request forgery has
 * nothing to forge: the token in the address is the only credential (no cookie, no session), and whoever holds it may
 * answer. French unless the browser prefers English ({@code Accept-Language}).
 * <p>
 * The page's referrer policy is {@code same-origin}, not the API's {@code no-referrer}: the address (and its token)
 * still never leaves this origin, while the form's own post carries its true {@code Origin} — under
 * {@code no-referrer} browsers send {@code Origin: null}, which CORS rightly refuses.
 */
@RestController
@Hidden
class EvaluationFormPage {

    static final String STYLESHEET = "/evaluation-forms/form.css";
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final FollowUpUseCases followUps;
    private final ReaderLanguages languages;
    private final String stylesheet;

    EvaluationFormPage(FollowUpUseCases followUps, ReaderLanguages languages) {
        this.followUps = followUps;
        this.languages = languages;
        try (InputStream in = new ClassPathResource("evaluation-form/form.css").getInputStream()) {
            this.stylesheet = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("The evaluation form's stylesheet is missing", e);
        }
    }

    @GetMapping(path = "/evaluation-forms/{token}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> open(@PathVariable String token, HttpServletRequest request) {
        var html = new EvaluationFormHtml(languages.of(request));
        return followUps.evaluationForm(token)
                .map(form -> page(HttpStatus.OK, html.form(form, EvaluationFormHtml.Entered.nothing(), List.of())))
                .orElseGet(() -> page(HttpStatus.NOT_FOUND, html.gone()));
    }

    @PostMapping(path = "/evaluation-forms/{token}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> submit(@PathVariable String token, @RequestBody MultiValueMap<String, String> fields,
                                  HttpServletRequest request) {
        var html = new EvaluationFormHtml(languages.of(request));
        Optional<EvaluationForm> opened = followUps.evaluationForm(token);
        if (opened.isEmpty()) {
            return page(HttpStatus.NOT_FOUND, html.gone());
        }
        EvaluationForm form = opened.get();
        var entered = entered(form, fields);
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < form.objectives().size(); i++) {
            if (!entered.levels().containsKey(i)) {
                errors.add(html.missingLevel(i, form.objectives().get(i).text()));
            }
        }
        if (errors.isEmpty()) {
            try {
                return followUps.submitEvaluation(token, ratings(form, entered), blankToNull(entered.comment()),
                                entered.cosign())
                        .map(done -> page(HttpStatus.OK, html.done(done)))
                        .orElseGet(() -> page(HttpStatus.NOT_FOUND, html.gone()));
            } catch (BusinessRuleViolation refused) {
                Language language = languages.of(request);
                refused.violations().forEach(violation -> errors.add(
                        HtmlUtils.htmlEscape(Bundles.render(violation.message(), language))));
            }
        }
        return page(HttpStatus.UNPROCESSABLE_CONTENT, html.form(form, entered, errors));
    }

    @GetMapping(path = STYLESHEET, produces = "text/css")
    ResponseEntity<String> stylesheet() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                .contentType(new MediaType("text", "css", StandardCharsets.UTF_8)).body(stylesheet);
    }

    /** Levels by objective index (unknown values ignored: the objective then lacks a level), notes, comment. */
    private static EvaluationFormHtml.Entered entered(EvaluationForm form, MultiValueMap<String, String> fields) {
        Map<Integer, Level> levels = new HashMap<>();
        Map<Integer, String> notes = new HashMap<>();
        for (int i = 0; i < form.objectives().size(); i++) {
            String level = fields.getFirst("level-" + i);
            for (Level known : Level.values()) {
                if (known.name().equals(level)) {
                    levels.put(i, known);
                }
            }
            String note = fields.getFirst("note-" + i);
            if (note != null) {
                notes.put(i, note);
            }
        }
        return new EvaluationFormHtml.Entered(Collections.unmodifiableMap(levels), Collections.unmodifiableMap(notes),
                fields.getFirst("comment"), "true".equals(fields.getFirst("cosignReport")));
    }

    private static List<ObjectiveRating> ratings(EvaluationForm form, EvaluationFormHtml.Entered entered) {
        List<ObjectiveRating> ratings = new ArrayList<>();
        for (int i = 0; i < form.objectives().size(); i++) {
            ratings.add(new ObjectiveRating(form.objectives().get(i).id(), entered.levels().get(i),
                    blankToNull(entered.notes().get(i))));
        }
        return ratings;
    }

    private static ResponseEntity<String> page(HttpStatus status, String html) {
        return ResponseEntity.status(status).contentType(HTML).cacheControl(CacheControl.noStore())
                .header("Referrer-Policy", "same-origin").header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .body(html);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
