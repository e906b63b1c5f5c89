package fr.passerelle.internship.model;

import fr.passerelle.shared.model.Aggregate;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A learner's application to an offer. One document: its status, its history of every step, and its interview.
 * The company, school and learner subject are copied at submission so each side's lists need no join.
 *
 * @param learnerSubject the account of the learner who applied (only they act as the learner)
 * @param schoolId       the learner's school when they applied, null for an independent learner
 * @param termsVersion   the offer's terms version the learner applied to, then the version they accepted
 * @param sharedParts    the profile parts the company may read
 */
public record Application(String id, String offerId, String companyId, String learnerId, String learnerSubject,
                          String schoolId, int termsVersion, String message, Set<ProfilePart> sharedParts,
                          ApplicationStatus status, List<StatusChange> history, Interview interview,
                          Instant createdAt, Instant updatedAt, long version) implements Aggregate {

    public Application {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(offerId, "offerId");
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(status, "status");
        sharedParts = Set.copyOf(sharedParts);
        history = List.copyOf(history);
    }

    public static Application submit(String id, InternshipOffer offer, String learnerId, String learnerSubject,
                                     String schoolId, String message, Set<ProfilePart> sharedParts, Instant now) {
        return new Application(id, offer.id(), offer.companyId(), learnerId, learnerSubject, schoolId,
                offer.termsVersion(), message, sharedParts,
                ApplicationStatus.SUBMITTED, List.of(new StatusChange(ApplicationStatus.SUBMITTED, now,
                learnerSubject, null)), null, now, now, 0);
    }

    /**
     * Moves to the next status, recorded in the history. Moving to the status it already has changes nothing, so
     * a retried action is harmless.
     */
    public Application movedTo(ApplicationStatus next, String by, String note, Instant now) {
        if (status == next) {
            return this;
        }
        requireMove(next);
        return with(next, interview, termsVersion, by, note, now);
    }

    /** The learner accepts the position on the terms version they were shown. */
    public Application accepted(int acceptedTermsVersion, String by, Instant now) {
        if (status == ApplicationStatus.ACCEPTED) {
            return this;
        }
        requireMove(ApplicationStatus.ACCEPTED);
        return with(ApplicationStatus.ACCEPTED, interview, acceptedTermsVersion, by, null, now);
    }

    /**
     * Proposes interview slots, replacing any earlier proposal (a reschedule); the application moves to INTERVIEW.
     */
    public Application withInterviewProposed(List<InterviewSlot> slots, String place, String by, Instant now) {
        if (status != ApplicationStatus.INTERVIEW && !status.canMoveTo(ApplicationStatus.INTERVIEW)) {
            throw BusinessRuleViolation.of("status", ErrorCode.INVALID_STATE,
                    "error.application.no-interview-possible", status);
        }
        int round = interview == null ? 1 : interview.round() + 1;
        Interview proposed = new Interview(InterviewStatus.PROPOSED, slots, null, place, round);
        String note = round == 1 ? "interview proposed" : "interview rescheduled";
        return with(ApplicationStatus.INTERVIEW, proposed, termsVersion, by, note, now);
    }

    /** The learner picks one of the proposed slots; picking the same slot again changes nothing. */
    public Application withSlotPicked(String slotId, Instant now) {
        Interview current = requireInterview();
        if (current.status() == InterviewStatus.SCHEDULED && slotId.equals(current.chosenSlotId())) {
            return this;
        }
        if (current.status() != InterviewStatus.PROPOSED) {
            throw BusinessRuleViolation.of("slotId", ErrorCode.INVALID_STATE,
                    "error.interview.slot-closed", current.status());
        }
        InterviewSlot slot = current.slots().stream().filter(s -> s.id().equals(slotId)).findFirst()
                .orElseThrow(() -> BusinessRuleViolation.of("slotId", ErrorCode.INVALID,
                        "error.interview.slot-unknown"));
        if (!slot.start().isAfter(now)) {
            throw BusinessRuleViolation.of("slotId", ErrorCode.INVALID_STATE, "error.interview.slot-past");
        }
        Interview scheduled = new Interview(InterviewStatus.SCHEDULED, current.slots(), slotId, current.place(),
                current.round());
        return new Application(id, offerId, companyId, learnerId, learnerSubject, schoolId, termsVersion, message,
                sharedParts, status, history, scheduled, createdAt, now, version);
    }

    /** Either side calls the interview off; cancelling a cancelled one changes nothing. */
    public Application withInterviewCancelled(String by, String note, Instant now) {
        Interview current = requireInterview();
        if (current.status() == InterviewStatus.CANCELLED) {
            return this;
        }
        Interview cancelled = new Interview(InterviewStatus.CANCELLED, current.slots(), current.chosenSlotId(),
                current.place(), current.round());
        List<StatusChange> steps = new ArrayList<>(history);
        steps.add(new StatusChange(status, now, by, note == null ? "interview cancelled" : note));
        return new Application(id, offerId, companyId, learnerId, learnerSubject, schoolId, termsVersion, message,
                sharedParts, status, steps, cancelled, createdAt, now, version);
    }

    /**
     * Who proposed the interview's slots on the company's side (the interviewer): the author of the latest interview
     * step not taken by the learner. Empty when no interview was ever proposed.
     */
    public Optional<String> interviewer() {
        for (int i = history.size() - 1; i >= 0; i--) {
            StatusChange step = history.get(i);
            if (step.status() == ApplicationStatus.INTERVIEW && step.by() != null
                    && !step.by().equals(learnerSubject)) {
                return interview == null ? Optional.empty() : Optional.of(step.by());
            }
        }
        return Optional.empty();
    }

    /**
     * The shared parts the company is served now. Contact data (e-mail, phone) only while the application can still
     * lead to a hire — open, on an offer still taking applicants — and once accepted, since the company must reach
     * its intern; withdrawn, rejected, declined, or left open on an offer that closed, filled or expired, it keeps
     * the other parts as they were shared, never the learner's live contact.
     */
    public Set<ProfilePart> partsServedToCompany(OfferStatus offerStatus) {
        boolean hiring = status == ApplicationStatus.ACCEPTED
                || (status.isOpen() && offerStatus == OfferStatus.PUBLISHED);
        if (hiring || !sharedParts.contains(ProfilePart.CONTACT)) {
            return sharedParts;
        }
        EnumSet<ProfilePart> served = EnumSet.copyOf(sharedParts);
        served.remove(ProfilePart.CONTACT);
        return Set.copyOf(served);
    }

    /**
     * The learner changes what they share. While the application is open any change goes; once it ended, parts can
     * only be taken back, never added: the company has nothing left to decide.
     */
    public Application withSharedParts(Set<ProfilePart> parts, Instant now) {
        if (parts.equals(sharedParts)) {
            return this;
        }
        if (!status.isOpen() && !sharedParts.containsAll(parts)) {
            throw BusinessRuleViolation.of("sharedParts", ErrorCode.INVALID_STATE,
                    "error.application.sharing-narrow-only", status);
        }
        return new Application(id, offerId, companyId, learnerId, learnerSubject, schoolId, termsVersion, message,
                parts, status, history, interview, createdAt, now, version);
    }

    private Interview requireInterview() {
        if (status != ApplicationStatus.INTERVIEW || interview == null) {
            throw BusinessRuleViolation.of("status", ErrorCode.INVALID_STATE, "error.application.no-interview-open", status);
        }
        return interview;
    }

    private void requireMove(ApplicationStatus next) {
        if (!status.canMoveTo(next)) {
            throw BusinessRuleViolation.of("status", ErrorCode.INVALID_STATE,
                    "error.application.cannot-become", status, next);
        }
    }

    private Application with(ApplicationStatus next, Interview nextInterview, int nextTermsVersion, String by,
                             String note, Instant now) {
        List<StatusChange> steps = new ArrayList<>(history);
        steps.add(new StatusChange(next, now, by, note));
        return new Application(id, offerId, companyId, learnerId, learnerSubject, schoolId, nextTermsVersion,
                message, sharedParts, next, steps, nextInterview, createdAt, now, version);
    }
}
