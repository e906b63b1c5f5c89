package fr.passerelle.agreement.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One of the tutor's evaluations: its deadline, the link sent to the tutor (the latest one; issuing another
 * replaces it), and once given, the ratings of each objective.
 *
 * @param submittedBy "link" when given through the tutor's link, else the account that entered it
 */
public record Evaluation(EvaluationKind kind, LocalDate dueOn, EvaluationLink link, List<ObjectiveRating> ratings,
                         String comment, Instant submittedAt, String submittedBy) {

    public static final String VIA_LINK = "link";
    /**
     * Days before its due date an evaluation may be given: the last week of the period it evaluates (the first half
     * of the internship for the mid-term one, the whole of it for the final one), where the reminders fall too.
     */
    public static final int OPENS_DAYS_BEFORE_DUE = 6;

    public Evaluation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueOn, "dueOn");
        ratings = List.copyOf(ratings);
    }

    static Evaluation due(EvaluationKind kind, LocalDate dueOn) {
        return new Evaluation(kind, dueOn, null, List.of(), null, null, null);
    }

    /** The first day it may be given: not before the period it evaluates is almost over. */
    public LocalDate opensOn() {
        return dueOn.minusDays(OPENS_DAYS_BEFORE_DUE);
    }

    public boolean submitted() {
        return submittedAt != null;
    }

    /** Whether its link opens the form now: issued, live, and the evaluation not given yet. */
    public boolean openThroughLink(Instant now) {
        return link != null && link.liveAt(now) && !submitted();
    }

    /**
     * Whether its link went to this tutor after {@code since} and still opens the form: issuing again now would only
     * repeat that issue (a retried or doubled request).
     */
    public boolean linkedRecently(String tutorEmail, Instant since, Instant now) {
        return openThroughLink(now) && Objects.equals(link.sentTo(), tutorEmail) && link.issuedAt().isAfter(since);
    }

    Evaluation withLink(EvaluationLink newLink) {
        return new Evaluation(kind, dueOn, newLink, ratings, comment, submittedAt, submittedBy);
    }

    Evaluation given(List<ObjectiveRating> givenRatings, String givenComment, String by, Instant now) {
        return new Evaluation(kind, dueOn, link, givenRatings, givenComment, now, by);
    }
}
