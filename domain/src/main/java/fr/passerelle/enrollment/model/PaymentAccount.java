package fr.passerelle.enrollment.model;

import fr.passerelle.shared.model.Aggregate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What is under way on an enrollment's payments and changes: the payments started at the provider and the dunning
 * steps already taken. The money itself is in the immutable {@link LedgerEntry} ledger; this aggregate is the mutable
 * part, so that a failed payment or an overdue instalment is recorded (with its event) exactly once.
 *
 * @param id      the enrollment's id (one account per enrollment)
 * @param dunning the dunning steps taken, as {@code <instalment>:<days after due>}
 */
public record PaymentAccount(String id, String schoolId, List<PaymentAttempt> attempts, Set<String> dunning,
                             Instant createdAt, Instant updatedAt, long version) implements Aggregate {

    /** Bounds the document: a learner retrying a declined card a few times per instalment stays far below. */
    public static final int MAX_ATTEMPTS = 60;

    public PaymentAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schoolId, "schoolId");
        attempts = List.copyOf(attempts);
        dunning = Set.copyOf(dunning);
    }

    public static PaymentAccount open(String enrollmentId, String schoolId, Instant now) {
        return new PaymentAccount(enrollmentId, schoolId, List.of(), Set.of(), now, now, 0);
    }

    public boolean full() {
        return attempts.size() >= MAX_ATTEMPTS;
    }

    public Optional<PaymentAttempt> attempt(String providerId) {
        return attempts.stream().filter(a -> a.providerId().equals(providerId)).findFirst();
    }

    public PaymentAccount started(PaymentAttempt attempt, Instant now) {
        if (attempt(attempt.providerId()).isPresent()) {
            return this;
        }
        List<PaymentAttempt> more = new ArrayList<>(attempts);
        more.add(attempt);
        return new PaymentAccount(id, schoolId, more, dunning, createdAt, now, version);
    }

    public PaymentAccount settled(String providerId, PaymentAttempt.State state, Instant now) {
        return new PaymentAccount(id, schoolId, attempts.stream()
                .map(a -> a.providerId().equals(providerId) ? a.withState(state) : a).toList(), dunning, createdAt,
                now, version);
    }

    public boolean dunned(int instalment, int days) {
        return dunning.contains(step(instalment, days));
    }

    public PaymentAccount withDunning(int instalment, int days, Instant now) {
        Set<String> steps = new TreeSet<>(dunning);
        steps.add(step(instalment, days));
        return new PaymentAccount(id, schoolId, attempts, steps, createdAt, now, version);
    }

    private static String step(int instalment, int days) {
        return instalment + ":" + days;
    }
}
