package fr.passerelle.learner.rest;

import fr.passerelle.api.rest.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the servlet's multipart limits, as a 413 problem. Not scoped to the import controller like
 * {@link RosterImportProblems}: the servlet parses multipart requests before any controller is chosen, so this
 * failure has no handler to be scoped to (without this advice the answer would be a bare 413 without a body).
 */
@RestControllerAdvice
class RosterUploadLimit {

    /** Optional, so that test slices without the import's configuration still start. */
    private final ObjectProvider<RosterCsv> csv;

    RosterUploadLimit(ObjectProvider<RosterCsv> csv) {
        this.csv = csv;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(HttpServletRequest request) {
        return problem(csv, request);
    }

    static ResponseEntity<ProblemDetail> problem(ObjectProvider<RosterCsv> csv, HttpServletRequest request) {
        RosterCsv reader = csv.getIfAvailable();
        String detail = (reader != null ? "The file is larger than " + reader.sizeLabel() : "The upload is too large")
                + "; split it into smaller files.";
        return ProblemResponses.problem(HttpStatus.CONTENT_TOO_LARGE, "file-too-large",
                "The file was refused; nothing was imported", detail, request,
                List.of(ProblemResponses.error("file", null, null, detail)));
    }
}
