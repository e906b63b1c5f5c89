package fr.passerelle.crm.rest;

import static fr.passerelle.api.rest.ProblemResponses.problem;

import fr.passerelle.api.i18n.ReaderLanguages;
import fr.passerelle.api.rest.ProblemResponses;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.i18n.Bundles;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.UnrecognisedFileException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** The contact documents' REST errors as RFC 9457 problems, in the reader's language. */
@RestControllerAdvice(assignableTypes = ContactDocumentFileController.class)
class ContactDocumentProblems {

    private final ReaderLanguages languages;

    ContactDocumentProblems(ReaderLanguages languages) {
        this.languages = languages;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return ProblemResponses.nothingHere(request, languages.of(request));
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<ProblemDetail> forbidden(ForbiddenException denied, HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                Bundles.render(denied.reason(), languages.of(request)), request, List.of());
    }

    @ExceptionHandler(UnrecognisedFileException.class)
    ResponseEntity<ProblemDetail> unsupportedFile(UnrecognisedFileException refused, HttpServletRequest request) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-file", "The file's content is not accepted",
                ProblemResponses.detail(refused, languages.of(request)), request,
                ProblemResponses.errors(refused, languages.of(request)));
    }

    @ExceptionHandler(BusinessRuleViolation.class)
    ResponseEntity<ProblemDetail> brokenRule(BusinessRuleViolation violation, HttpServletRequest request) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "business-rule", "A business rule refused the request",
                ProblemResponses.detail(violation, languages.of(request)), request,
                ProblemResponses.errors(violation, languages.of(request)));
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
    ResponseEntity<ProblemDetail> badRequest(HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request",
                "The request is not what this endpoint reads; see its description.", request, List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception bug, HttpServletRequest request) {
        return ProblemResponses.unexpected(bug, request);
    }
}
