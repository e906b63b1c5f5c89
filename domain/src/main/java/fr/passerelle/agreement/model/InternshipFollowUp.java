package fr.passerelle.agreement.model;

import fr.passerelle.shared.model.Aggregate;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The follow-up of a signed internship, opened when its agreement is signed and kept beside it (same id): the
 * schedule of calls, visits and reviews, the pedagogical objectives, the tutor's evaluations, the final report, the
 * ECTS credits and the certificate. A separate aggregate so that the agreement, a legal document, changes only
 * through its own lifecycle while the follow-up is written to every week.
 */
public record InternshipFollowUp(String id, List<FollowUpItem> items, List<Objective> objectives,
                                 List<Evaluation> evaluations, FinalReport finalReport, EctsValidation ects,
                                 Attestation attestation, Instant createdAt, Instant updatedAt, long version)
        implements Aggregate {

    public InternshipFollowUp {
        Objects.requireNonNull(id, "id");
        items = List.copyOf(items);
        objectives = List.copyOf(objectives);
        evaluations = List.copyOf(evaluations);
    }

    /**
     * The follow-up of a newly signed agreement: each step due its number of days after the first day, skipped when
     * that falls on or after the last day (the tripartite review closes every internship, on its last day); the
     * mid-term evaluation due halfway, the final one on the last day.
     */
    public static InternshipFollowUp openedFor(Agreement agreement, Instant now) {
        LocalDate start = agreement.terms().period().start();
        LocalDate end = agreement.terms().period().end();
        List<FollowUpItem> steps = new ArrayList<>();
        for (FollowUpKind kind : FollowUpKind.values()) {
            if (kind.daysAfterStart() < 0) {
                steps.add(FollowUpItem.planned(kind, end));
            } else if (start.plusDays(kind.daysAfterStart()).isBefore(end)) {
                steps.add(FollowUpItem.planned(kind, start.plusDays(kind.daysAfterStart())));
            }
        }
        LocalDate halfway = start.plusDays(ChronoUnit.DAYS.between(start, end) / 2);
        return new InternshipFollowUp(agreement.id(), steps, List.of(),
                List.of(Evaluation.due(EvaluationKind.MID_TERM, halfway), Evaluation.due(EvaluationKind.FINAL, end)),
                null, null, null, now, now, 0);
    }

    public FollowUpItem item(FollowUpKind kind) {
        return items.stream().filter(i -> i.kind() == kind).findFirst().orElseThrow(() -> BusinessRuleViolation.of(
                "kind", ErrorCode.INVALID, "error.followup.unknown-step"));
    }

    public Evaluation evaluation(EvaluationKind kind) {
        return evaluations.stream().filter(e -> e.kind() == kind).findFirst().orElseThrow();
    }

    public InternshipFollowUp withItem(FollowUpKind kind, UnaryOperator<FollowUpItem> change, Instant now) {
        FollowUpItem current = item(kind);
        FollowUpItem changed = change.apply(current);
        if (changed.equals(current)) {
            return this;
        }
        return new InternshipFollowUp(id, items.stream().map(i -> i.kind() == kind ? changed : i).toList(),
                objectives, evaluations, finalReport, ects, attestation, createdAt, now, version);
    }

    /** The objectives, numbered in order; they may change until the tutor gave an evaluation against them. */
    public InternshipFollowUp withObjectives(List<String> texts, Instant now) {
        List<Objective> numbered = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            numbered.add(new Objective(String.valueOf(i + 1), texts.get(i)));
        }
        if (numbered.equals(objectives)) {
            return this;
        }
        if (evaluations.stream().anyMatch(Evaluation::submitted)) {
            throw BusinessRuleViolation.of("objectives", ErrorCode.INVALID_STATE,
                    "error.followup.objectives-locked");
        }
        return new InternshipFollowUp(id, items, numbered, evaluations, finalReport, ects, attestation, createdAt, now,
                version);
    }

    /** A new link for the evaluation, replacing (and so revoking) the previous one. */
    public InternshipFollowUp withLinkIssued(EvaluationKind kind, EvaluationLink link, Instant now) {
        Evaluation evaluation = evaluation(kind);
        if (evaluation.submitted()) {
            throw BusinessRuleViolation.of("kind", ErrorCode.INVALID_STATE, "error.followup.evaluation-given");
        }
        return withEvaluation(evaluation.withLink(link), now);
    }

    public InternshipFollowUp withLinkRevoked(EvaluationKind kind, Instant now) {
        Evaluation evaluation = evaluation(kind);
        if (evaluation.link() == null || evaluation.link().revokedAt() != null) {
            return this;
        }
        return withEvaluation(evaluation.withLink(evaluation.link().revoked(now)), now);
    }

    /**
     * The tutor's evaluation: one rating per objective, no more, no less, not before the last week of the period it
     * evaluates ({@link Evaluation#opensOn()}). Given once: the link that carried it is used up.
     */
    public InternshipFollowUp evaluated(EvaluationKind kind, List<ObjectiveRating> ratings, String comment, String by,
                                        Instant now) {
        Evaluation evaluation = evaluation(kind);
        if (evaluation.submitted()) {
            throw BusinessRuleViolation.of("kind", ErrorCode.INVALID_STATE, "error.followup.evaluation-given");
        }
        if (PlatformCalendar.dayOf(now).isBefore(evaluation.opensOn())) {
            throw BusinessRuleViolation.of("kind", ErrorCode.INVALID_STATE, "error.followup.evaluation-not-open",
                    evaluation.opensOn(), evaluation.dueOn());
        }
        Set<String> expected = objectives.stream().map(Objective::id).collect(Collectors.toSet());
        Map<String, Long> given = ratings.stream()
                .collect(Collectors.groupingBy(ObjectiveRating::objectiveId, Collectors.counting()));
        if (!given.keySet().equals(expected) || given.values().stream().anyMatch(count -> count > 1)) {
            throw BusinessRuleViolation.of("ratings", ErrorCode.INVALID,
                    "error.followup.ratings-mismatch", String.join(", ", objectives.stream().map(Objective::id).toList()));
        }
        return withEvaluation(evaluation.given(ratings, comment, by, now), now);
    }

    /** The intern's report; rewriting it asks the tutor to co-sign again. */
    public InternshipFollowUp withReport(String summary, String by, Instant now) {
        if (finalReport != null && finalReport.summary().equals(summary)) {
            return this;
        }
        if (ects != null) {
            throw BusinessRuleViolation.of("summary", ErrorCode.INVALID_STATE,
                    "error.followup.summary-locked");
        }
        return with(new FinalReport(summary, by, now, null, null), ects, attestation, now);
    }

    public InternshipFollowUp reportCosigned(String by, Instant now) {
        if (finalReport == null) {
            throw BusinessRuleViolation.of("finalReport", ErrorCode.INVALID_STATE, "error.followup.report-not-sent");
        }
        FinalReport cosigned = finalReport.cosigned(by, now);
        return cosigned == finalReport ? this : with(cosigned, ects, attestation, now);
    }

    /** The school validates credits once the tutor gave the final evaluation and co-signed the report. */
    public InternshipFollowUp ectsValidated(int credits, String by, Instant now) {
        if (credits < 0 || credits > EctsValidation.MAX_CREDITS) {
            throw BusinessRuleViolation.of("credits", ErrorCode.OUT_OF_RANGE,
                    "error.number.out-of-range", 0, EctsValidation.MAX_CREDITS);
        }
        if (!evaluation(EvaluationKind.FINAL).submitted()) {
            throw BusinessRuleViolation.of("credits", ErrorCode.INVALID_STATE,
                    "error.followup.final-evaluation-missing");
        }
        if (finalReport == null || !finalReport.cosigned()) {
            throw BusinessRuleViolation.of("credits", ErrorCode.INVALID_STATE,
                    "error.followup.report-not-cosigned");
        }
        if (ects != null && ects.credits() == credits) {
            return this;
        }
        return with(finalReport, new EctsValidation(credits, by, now), attestation, now);
    }

    /** The certificate issued; issuing it again (a correction) replaces it. */
    public InternshipFollowUp attested(Attestation issued, Instant now) {
        return with(finalReport, ects, issued, now);
    }

    private InternshipFollowUp withEvaluation(Evaluation changed, Instant now) {
        return new InternshipFollowUp(id, items, objectives,
                evaluations.stream().map(e -> e.kind() == changed.kind() ? changed : e).toList(), finalReport, ects,
                attestation, createdAt, now, version);
    }

    private InternshipFollowUp with(FinalReport report, EctsValidation credits, Attestation certificate,
                                    Instant now) {
        return new InternshipFollowUp(id, items, objectives, evaluations, report, credits, certificate, createdAt,
                now, version);
    }
}
