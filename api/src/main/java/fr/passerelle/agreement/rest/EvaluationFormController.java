package fr.passerelle.agreement.rest;

import fr.passerelle.agreement.model.ObjectiveRating;
import fr.passerelle.agreement.port.in.FollowUpUseCases;
import fr.passerelle.agreement.port.in.FollowUpUseCases.EvaluationForm;
import fr.passerelle.shared.error.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tutor's evaluation form, opened with the token of the link they received: no account, no bearer token. The
 * link shows exactly one evaluation (the internship's dates, names and objectives, nothing else) and takes one
 * answer. An unknown, expired, revoked or used link is a 404, all alike. Answers are never cached, and the page
 * asks browsers not to pass the link on as a referrer.
 */
@RestController
@Tag(name = "Evaluation forms", description = "The tutor's evaluation, through a single-use link")
class EvaluationFormController {

    private final FollowUpUseCases followUps;

    EvaluationFormController(FollowUpUseCases followUps) {
        this.followUps = followUps;
    }

    @GetMapping(path = "/evaluation-forms/{token}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Open the evaluation form a link points to",
            description = "No authentication: the token is the credential. 404 when the link is unknown, expired, "
                    + "revoked or already used.")
    ResponseEntity<EvaluationForm> open(@PathVariable String token) {
        return answer(followUps.evaluationForm(token).orElseThrow(EvaluationFormController::gone));
    }

    @PostMapping(path = "/evaluation-forms/{token}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Give the evaluation, once",
            description = "One rating per objective (levels NOT_ACQUIRED, IN_PROGRESS, ACQUIRED, MASTERED), a "
                    + "comment, and for the final evaluation whether you co-sign the intern's report. The link is "
                    + "used up: opening it again gives 404. A refused answer (a missing rating…) is a 422 problem "
                    + "listing the fields.")
    ResponseEntity<EvaluationForm> submit(@PathVariable String token, @RequestBody Answers answers) {
        return answer(followUps.submitEvaluation(token, answers.ratings() == null ? List.of() : answers.ratings(),
                answers.comment(), Boolean.TRUE.equals(answers.cosignReport()))
                .orElseThrow(EvaluationFormController::gone));
    }

    /** The tutor's answers. */
    record Answers(List<ObjectiveRating> ratings, String comment, Boolean cosignReport) {
    }

    private static ResponseEntity<EvaluationForm> answer(EvaluationForm form) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header("Referrer-Policy", "no-referrer")
                .body(form);
    }

    private static NotFoundException gone() {
        return new NotFoundException("EvaluationForm", "link");
    }
}
