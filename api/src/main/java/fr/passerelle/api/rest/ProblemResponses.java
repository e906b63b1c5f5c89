package fr.passerelle.api.rest;

import fr.passerelle.api.web.InternalErrors;
import fr.passerelle.shared.i18n.Bundles;
import fr.passerelle.shared.i18n.Language;
import fr.passerelle.shared.i18n.Message;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The REST endpoints' errors as RFC 9457 problems ({@code application/problem+json}): {@code type} (a stable URN
 * clients switch on), {@code title}, {@code status}, {@code detail}, {@code instance} and {@code errors}.
 */
public final class ProblemResponses {

    /** Problem types: stable identifiers (URNs, not links) clients may switch on. */
    private static final String TYPE_PREFIX = "urn:passerelle:problem:";

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    private ProblemResponses() {
    }

    public static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail,
                                                        HttpServletRequest request, List<Map<String, Object>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(type));
        problem.setTitle(title);
        try {
            problem.setInstance(URI.create(request.getRequestURI()));
        } catch (IllegalArgumentException notAUri) {
            // Leave instance out rather than fail while reporting another failure.
        }
        problem.setProperty("errors", errors);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** 404 whatever was missing or someone else's: the answer names nothing but what the client sent. */
    public static ResponseEntity<ProblemDetail> nothingHere(HttpServletRequest request, Language language) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                Bundles.render(Message.of("error.request.nothing-here"), language), request, List.of());
    }

    /** 500 with only a reference, the failure itself logged under that reference. */
    public static ResponseEntity<ProblemDetail> unexpected(Exception bug, HttpServletRequest request) {
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected error on {} (reference {})", request.getRequestURI(), reference, bug);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                InternalErrors.message(reference), request, List.of());
    }

    /** The problem type URN of this short name ({@code not-found} → {@code urn:passerelle:problem:not-found}). */
    public static URI type(String name) {
        return URI.create(TYPE_PREFIX + name);
    }

    /** A refusal's {@code detail}: its violations' sentences in the reader's language, one after the other. */
    public static String detail(BusinessRuleViolation violation, Language language) {
        return violation.violations().stream().map(v -> Bundles.render(v.message(), language))
                .collect(Collectors.joining(" "));
    }

    /** A refusal's {@code errors}: each violation's dotted path and sentence in the reader's language. */
    public static List<Map<String, Object>> errors(BusinessRuleViolation violation, Language language) {
        return violation.violations().stream()
                .map(v -> error(String.join(".", v.field()), null, null, Bundles.render(v.message(), language)))
                .toList();
    }

    /** One entry of {@code errors}; line and column only when known. */
    public static Map<String, Object> error(String field, Integer line, String column, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field);
        if (line != null) {
            error.put("line", line);
        }
        if (column != null) {
            error.put("column", column);
        }
        error.put("message", message);
        return error;
    }
}
