package fr.passerelle.agreement.rest;

import static fr.passerelle.api.rest.ProblemResponses.error;
import static fr.passerelle.api.rest.ProblemResponses.problem;

import fr.passerelle.api.i18n.ReaderLanguages;
import fr.passerelle.api.rest.FileEndpointProblems;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/** The agreement endpoints' errors: those of every file endpoint, plus the document verification's own refusals. */
@RestControllerAdvice(assignableTypes = {AgreementDocumentController.class, EvaluationFormController.class,
        DocumentVerificationController.class})
class AgreementProblems extends FileEndpointProblems {

    AgreementProblems(ReaderLanguages languages) {
        super(languages);
    }

    /** The verification's own refusals: a file over its limit (413), a hash that is not one (400). */
    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> refused(ResponseStatusException refused, HttpServletRequest request) {
        if (refused.getStatusCode().value() == HttpStatus.CONTENT_TOO_LARGE.value()) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "file-too-large", "The file is too large",
                    "The file is larger than any document the platform issues.", request,
                    List.of(error("file", null, null, "at most 5 MB")));
        }
        return badRequest(request);
    }
}
