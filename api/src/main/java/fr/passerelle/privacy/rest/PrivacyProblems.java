package fr.passerelle.privacy.rest;

import static fr.passerelle.api.rest.ProblemResponses.problem;

import fr.passerelle.api.i18n.ReaderLanguages;
import fr.passerelle.api.web.InternalErrors;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.i18n.Bundles;
import fr.passerelle.shared.i18n.Message;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The archive download's errors as RFC 9457 problems: someone else's request, a missing one, an id that is not a
 * request's and a bad link all answer the same 404; anything unexpected is logged with a reference.
 */
@RestControllerAdvice(assignableTypes = PrivacyArchiveController.class)
class PrivacyProblems {

    private static final Logger log = LoggerFactory.getLogger(PrivacyProblems.class);

    private final ReaderLanguages languages;

    PrivacyProblems(ReaderLanguages languages) {
        this.languages = languages;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                Bundles.render(Message.of("error.request.nothing-here"), languages.of(request)), request, List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception bug, HttpServletRequest request) {
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected error on {} (reference {})", request.getRequestURI(), reference, bug);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                InternalErrors.message(reference), request, List.of());
    }
}
