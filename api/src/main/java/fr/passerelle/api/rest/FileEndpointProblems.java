package fr.passerelle.api.rest;

import static fr.passerelle.api.rest.ProblemResponses.problem;

import fr.passerelle.api.i18n.ReaderLanguages;
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
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * The errors of endpoints that take or give files, as RFC 9457 problems: missing and someone else's look the same
 * (404); refused business rules list their fields (422), as does a file whose content is not accepted (415); anything
 * unexpected is logged with a reference and answered with only that reference. Details and errors are written in the
 * reader's language; titles stay English, like the problem types they name. A feature's advice extends this one and
 * names its controllers in {@code @RestControllerAdvice(assignableTypes = …)}.
 */
public abstract class FileEndpointProblems {

    protected final ReaderLanguages languages;

    protected FileEndpointProblems(ReaderLanguages languages) {
        this.languages = languages;
    }

    @ExceptionHandler(NotFoundException.class)
    public ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return ProblemResponses.nothingHere(request, languages.of(request));
    }

    @ExceptionHandler(ForbiddenException.class)
    public ResponseEntity<ProblemDetail> forbidden(ForbiddenException denied, HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                Bundles.render(denied.reason(), languages.of(request)), request, List.of());
    }

    @ExceptionHandler(UnrecognisedFileException.class)
    public ResponseEntity<ProblemDetail> unsupportedFile(UnrecognisedFileException refused,
                                                         HttpServletRequest request) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-file", "The file's content is not accepted",
                ProblemResponses.detail(refused, languages.of(request)), request,
                ProblemResponses.errors(refused, languages.of(request)));
    }

    @ExceptionHandler(BusinessRuleViolation.class)
    public ResponseEntity<ProblemDetail> brokenRule(BusinessRuleViolation violation, HttpServletRequest request) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "business-rule", "A business rule refused the request",
                ProblemResponses.detail(violation, languages.of(request)), request,
                ProblemResponses.errors(violation, languages.of(request)));
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class,
            HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    public ResponseEntity<ProblemDetail> badRequest(HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request",
                "The request is not what this endpoint reads; see its description.", request, List.of());
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> unexpected(Exception bug, HttpServletRequest request) {
        return ProblemResponses.unexpected(bug, request);
    }
}
