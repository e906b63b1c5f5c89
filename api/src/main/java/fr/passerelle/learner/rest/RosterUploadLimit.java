package fr.passerelle.learner.rest;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** An upload over the servlet's multipart limits, as a 413 problem. */
final class RosterUploadLimit {

    private RosterUploadLimit() {
    }

    static ResponseEntity<ProblemDetail> problem(MaxUploadSizeExceededException tooLarge, HttpServletRequest request) {
        long limit = tooLarge.getMaxUploadSize();
        String detail = "The upload is too large" + (limit > 0 ? " (the limit is " + limit + " bytes)" : "")
                + "; split the file into smaller files.";
        return RosterImportProblems.problem(HttpStatus.CONTENT_TOO_LARGE, "file-too-large",
                "The file was refused; nothing was imported", detail, request,
                List.of(RosterImportProblems.error("file", null, null, detail)));
    }
}
