package fr.passerelle.privacy.rest;

import fr.passerelle.api.i18n.ReaderLanguages;
import fr.passerelle.api.rest.ProblemResponses;
import fr.passerelle.shared.error.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
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

    private final ReaderLanguages languages;

    PrivacyProblems(ReaderLanguages languages) {
        this.languages = languages;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return ProblemResponses.nothingHere(request, languages.of(request));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception bug, HttpServletRequest request) {
        return ProblemResponses.unexpected(bug, request);
    }
}
