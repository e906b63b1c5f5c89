package fr.passerelle.learner.rest;

import static fr.passerelle.api.rest.ProblemResponses.error;
import static fr.passerelle.api.rest.ProblemResponses.problem;

import fr.passerelle.api.i18n.ReaderLanguages;
import fr.passerelle.api.rest.ProblemResponses;
import fr.passerelle.learner.rest.RosterFileException.FileProblem;
import fr.passerelle.shared.i18n.Bundles;
import fr.passerelle.shared.i18n.Language;
import fr.passerelle.shared.i18n.Message;
import fr.passerelle.shared.error.ConcurrentUpdateException;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * The import endpoint's errors as RFC 9457 problems ({@code application/problem+json}): {@code type}, {@code title},
 * {@code status}, {@code detail}, {@code instance} and {@code errors: [{field, line, column, message}]}. Known
 * failures keep their (safe) message; anything else is logged with a reference and answered with only that
 * reference, never exception text or a stack trace.
 */
@RestControllerAdvice(assignableTypes = RosterUploadController.class)
class RosterImportProblems {

    /** Optional, so that test slices without the import's configuration still start. */
    private final ObjectProvider<RosterCsv> csv;
    private final ReaderLanguages languages;

    RosterImportProblems(ObjectProvider<RosterCsv> csv, ReaderLanguages languages) {
        this.csv = csv;
        this.languages = languages;
    }

    @ExceptionHandler(RosterFileException.class)
    ResponseEntity<ProblemDetail> refusedFile(RosterFileException refused, HttpServletRequest request) {
        HttpStatus status = switch (refused.reason()) {
            case NOT_UTF8 -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case TOO_LARGE, TOO_MANY_ROWS -> HttpStatus.CONTENT_TOO_LARGE;
            case INVALID -> HttpStatus.BAD_REQUEST;
        };
        String type = switch (refused.reason()) {
            case NOT_UTF8 -> "file-not-utf8";
            case TOO_LARGE -> "file-too-large";
            case TOO_MANY_ROWS -> "too-many-rows";
            case INVALID -> "invalid-file";
        };
        List<FileProblem> problems = refused.problems();
        Language language = languages.of(request);
        String first = Bundles.render(problems.get(0).message(), language);
        String detail = problems.size() == 1 ? first
                : Bundles.render(Message.of("error.roster.file.problems", problems.size(), first), language);
        return problem(status, type, "The file was refused; nothing was imported", detail, request,
                problems.stream().map(p -> error("file", p.line(), p.column(), Bundles.render(p.message(), language)))
                        .toList());
    }

    /** The exception's message names the internal key: the answer names only what the client sent (the path). */
    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                Bundles.render(Message.of("error.request.no-such-school"), languages.of(request)), request, List.of());
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<ProblemDetail> forbidden(ForbiddenException denied, HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                Bundles.render(denied.reason(), languages.of(request)), request, List.of());
    }

    @ExceptionHandler(BusinessRuleViolation.class)
    ResponseEntity<ProblemDetail> brokenRule(BusinessRuleViolation violation, HttpServletRequest request) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "business-rule", "A business rule refused the import",
                ProblemResponses.detail(violation, languages.of(request)), request,
                ProblemResponses.errors(violation, languages.of(request)));
    }

    @ExceptionHandler(ConcurrentUpdateException.class)
    ResponseEntity<ProblemDetail> conflict(ConcurrentUpdateException conflict, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, "conflict", "Conflict",
                "The school changed during the import; import the file again.", request, List.of());
    }

    /** When the file part is read lazily, inside the controller (see {@link RosterUploadLimit} otherwise). */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(HttpServletRequest request) {
        return RosterUploadLimit.problem(csv, request);
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
    ResponseEntity<ProblemDetail> notAFileUpload(Exception wrongRequest, HttpServletRequest request) {
        String contentType = request.getContentType();
        boolean multipart = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
        String detail = "Send the file as multipart/form-data, in a part named file.";
        return problem(multipart ? HttpStatus.BAD_REQUEST : HttpStatus.UNSUPPORTED_MEDIA_TYPE, "not-a-file-upload",
                "No file in the request", detail, request, List.of(error("file", null, null, detail)));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception bug, HttpServletRequest request) {
        return ProblemResponses.unexpected(bug, request);
    }
}
