package fr.passerelle.agreement.model;

import fr.passerelle.shared.model.Aggregate;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * An internship agreement (convention de stage) between the intern, the host company and the school. Its terms
 * change freely while it is a draft; once signed, only through amendments with their own signatures. Signatures are
 * never erased: sending a new version of the document keeps the earlier ones with the version they signed.
 *
 * @param applicationId the accepted application it comes from, or null when the school records an internship found
 *                      elsewhere
 * @param learnerSubject the intern's account, when they have one: they read and sign the agreement with it
 * @param interruption  why the internship stopped early, when it did
 * @param interruptedOn the last day of an interrupted internship, as the party recording the interruption states it
 *                      (presence is counted up to it, not up to the day the interruption was recorded); null otherwise
 * @param interruptionInitiative whose initiative the interruption was; null when not stated (and on agreements
 *                      interrupted before it was recorded)
 */
public record Agreement(String id, String applicationId, String learnerId, String learnerSubject, String schoolId,
                        String companyId,
                        Parties parties, AgreementTerms terms, AgreementStatus status, SignedDocument signing,
                        List<Amendment> amendments, String interruption, LocalDate interruptedOn,
                        InterruptionInitiative interruptionInitiative, String createdBy,
                        Instant createdAt,
                        Instant updatedAt, long version) implements Aggregate {

    public Agreement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(parties, "parties");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(signing, "signing");
        amendments = List.copyOf(amendments);
    }

    public static Agreement draft(String id, String applicationId, String learnerId, String learnerSubject,
                                  String schoolId, String companyId, Parties parties, AgreementTerms terms, SigningCircuit circuit,
                                  String createdBy, Instant now) {
        return new Agreement(id, applicationId, learnerId, learnerSubject, schoolId, companyId, parties, terms,
                AgreementStatus.DRAFT, SignedDocument.unsent(circuit), List.of(), null, null, null, createdBy, now, now, 0);
    }

    /**
     * The last day of presence: the interruption's last day for an internship stopped early, else the planned last
     * day. An interruption recorded before the last day was an input has the day it was recorded.
     */
    public LocalDate lastDayOfPresence() {
        if (status != AgreementStatus.INTERRUPTED) {
            return terms.period().end();
        }
        return interruptedOn != null ? interruptedOn : PlatformCalendar.dayOf(updatedAt);
    }

    /** New terms and parties, while a draft; the same again changes nothing. */
    public Agreement withTerms(Parties newParties, AgreementTerms newTerms, Instant now) {
        if (newParties.equals(parties) && newTerms.equals(terms)) {
            return this;
        }
        requireStatus("error.agreement.state.edit", AgreementStatus.DRAFT);
        return new Agreement(id, applicationId, learnerId, learnerSubject, schoolId, companyId, newParties, newTerms, status,
                signing, amendments, interruption, interruptedOn, interruptionInitiative, createdBy, createdAt, now, version);
    }

    public Agreement withCircuit(SigningCircuit circuit, Instant now) {
        requireStatus("error.agreement.state.circuit", AgreementStatus.DRAFT, AgreementStatus.UNDER_VALIDATION);
        return with(status, signing.withCircuit(circuit), now);
    }

    /** Sent to the school for its pedagogical check. */
    public Agreement submittedForValidation(Instant now) {
        return moved(AgreementStatus.UNDER_VALIDATION, now);
    }

    /** Sent back to draft for changes (from validation, or from signing: signatures given stay on record). */
    public Agreement returnedToDraft(Instant now) {
        if (status == AgreementStatus.DRAFT) {
            return this;
        }
        requireMove(AgreementStatus.DRAFT);
        return with(AgreementStatus.DRAFT, signing.recalled(), now);
    }

    /** Validated by the school and sent round the circuit as this document (a new version each time). */
    public Agreement sentForSignature(String documentSha256, Instant now) {
        if (status == AgreementStatus.OUT_FOR_SIGNATURE && documentSha256.equals(signing.documentSha256())) {
            return this;
        }
        requireStatus("error.agreement.state.send", AgreementStatus.UNDER_VALIDATION);
        return with(AgreementStatus.OUT_FOR_SIGNATURE, signing.sent(documentSha256), now);
    }

    /** A signature of the current version; the last one of the circuit makes the agreement signed. */
    public Agreement signed(UnaryOperator<SignedDocument> signature, Instant now) {
        requireStatus("error.agreement.state.sign", AgreementStatus.OUT_FOR_SIGNATURE);
        SignedDocument next = signature.apply(signing);
        if (next == signing) {
            return this;
        }
        return with(next.complete() ? AgreementStatus.SIGNED : status, next, now);
    }

    public Agreement delegated(String signatoryId, Signatory.Delegate delegate, Instant now) {
        requireStatus("error.agreement.state.delegate", AgreementStatus.DRAFT, AgreementStatus.UNDER_VALIDATION,
                AgreementStatus.OUT_FOR_SIGNATURE);
        return with(status, signing.delegating(signatoryId, delegate), now);
    }

    /** The internship starts; not before its first day. */
    public Agreement started(LocalDate today, Instant now) {
        if (today.isBefore(terms.period().start())) {
            throw BusinessRuleViolation.of("status", ErrorCode.INVALID_STATE,
                    "error.agreement.not-started", terms.period().start());
        }
        return moved(AgreementStatus.IN_PROGRESS, now);
    }

    public Agreement completed(Instant now) {
        return ended(AgreementStatus.COMPLETED, null, null, null, now);
    }

    /**
     * The internship stopped early; {@code lastDay} is its last day, between its first day and the earlier of its
     * planned last day and {@code today} (an interruption is recorded once it happened); {@code initiative} is whose
     * decision it was, null when not stated.
     */
    public Agreement interrupted(String reason, LocalDate lastDay, InterruptionInitiative initiative, LocalDate today,
                                 Instant now) {
        if (reason == null || reason.isBlank()) {
            throw BusinessRuleViolation.of("reason", ErrorCode.REQUIRED, "error.agreement.interruption-reason");
        }
        if (status == AgreementStatus.INTERRUPTED) {
            return this;
        }
        // Only a running internship stops early: its status is told before any day.
        requireMove(AgreementStatus.INTERRUPTED);
        LocalDate latest = today.isBefore(terms.period().end()) ? today : terms.period().end();
        if (lastDay.isBefore(terms.period().start()) || lastDay.isAfter(latest)) {
            throw BusinessRuleViolation.of("lastDay", ErrorCode.OUT_OF_RANGE, "error.agreement.interruption-day",
                    terms.period().start(), latest);
        }
        return ended(AgreementStatus.INTERRUPTED, reason.strip(), lastDay, initiative, now);
    }

    public Agreement cancelled(Instant now) {
        return ended(AgreementStatus.CANCELLED, null, null, null, now);
    }

    /** An agreement that ends takes its open amendment with it: nothing comes into force afterwards. */
    private Agreement ended(AgreementStatus end, String reason, LocalDate lastDay,
                            InterruptionInitiative initiative, Instant now) {
        if (status == end) {
            return this;
        }
        requireMove(end);
        List<Amendment> closed = amendments.stream()
                .map(a -> a.status() == Amendment.AmendmentStatus.OUT_FOR_SIGNATURE
                        ? a.with(Amendment.AmendmentStatus.WITHDRAWN, a.signing()) : a)
                .toList();
        return new Agreement(id, applicationId, learnerId, learnerSubject, schoolId, companyId, parties, terms, end, signing, closed,
                reason, lastDay, initiative, createdBy, createdAt, now, version);
    }

    /** Proposes an amendment of a binding agreement, sent round its own circuit as this document. */
    public Agreement amended(String amendmentId, String reason, AgreementTerms newTerms, SigningCircuit circuit,
                             String documentSha256, String by, Instant now) {
        if (!status.isBinding() || status == AgreementStatus.COMPLETED || status == AgreementStatus.INTERRUPTED) {
            throw BusinessRuleViolation.of("status", ErrorCode.INVALID_STATE,
                    "error.agreement.not-amendable", status);
        }
        if (openAmendment() != null) {
            throw BusinessRuleViolation.of("amendments", ErrorCode.INVALID_STATE,
                    "error.agreement.amendment-pending", openAmendment().number());
        }
        List<Amendment> all = new ArrayList<>(amendments);
        all.add(new Amendment(amendmentId, amendments.size() + 1, reason, newTerms,
                Amendment.AmendmentStatus.OUT_FOR_SIGNATURE, SignedDocument.unsent(circuit).sent(documentSha256),
                by, now));
        return new Agreement(id, applicationId, learnerId, learnerSubject, schoolId, companyId, parties, terms, status, signing, all,
                interruption, interruptedOn, interruptionInitiative, createdBy, createdAt, now, version);
    }

    /** A signature of the open amendment; the last one puts its terms in force. */
    public Agreement amendmentSigned(String amendmentId, UnaryOperator<SignedDocument> signature, Instant now) {
        Amendment amendment = open(amendmentId);
        SignedDocument next = signature.apply(amendment.signing());
        if (next == amendment.signing()) {
            return this;
        }
        boolean inForce = next.complete();
        Amendment updated = amendment.with(inForce ? Amendment.AmendmentStatus.SIGNED
                : Amendment.AmendmentStatus.OUT_FOR_SIGNATURE, next);
        return new Agreement(id, applicationId, learnerId, learnerSubject, schoolId, companyId, parties,
                inForce ? amendment.terms() : terms, status, signing, replace(updated), interruption, interruptedOn,
                interruptionInitiative, createdBy, createdAt, now, version);
    }

    public Agreement amendmentWithdrawn(String amendmentId, Instant now) {
        Amendment amendment = open(amendmentId);
        return new Agreement(id, applicationId, learnerId, learnerSubject, schoolId, companyId, parties, terms, status, signing,
                replace(amendment.with(Amendment.AmendmentStatus.WITHDRAWN, amendment.signing())), interruption, interruptedOn,
                interruptionInitiative, createdBy, createdAt, now, version);
    }

    private Amendment openAmendment() {
        return amendments.stream().filter(a -> a.status() == Amendment.AmendmentStatus.OUT_FOR_SIGNATURE)
                .findFirst().orElse(null);
    }

    private Amendment open(String amendmentId) {
        Amendment amendment = openAmendment();
        if (amendment == null || !amendment.id().equals(amendmentId)) {
            throw BusinessRuleViolation.of("amendmentId", ErrorCode.INVALID_STATE,
                    "error.amendment.not-out-for-signature");
        }
        return amendment;
    }

    private List<Amendment> replace(Amendment updated) {
        return amendments.stream().map(a -> a.id().equals(updated.id()) ? updated : a).toList();
    }

    private Agreement moved(AgreementStatus next, Instant now) {
        if (status == next) {
            return this;
        }
        requireMove(next);
        return with(next, signing, now);
    }

    private Agreement with(AgreementStatus next, SignedDocument nextSigning, Instant now) {
        return new Agreement(id, applicationId, learnerId, learnerSubject, schoolId, companyId, parties, terms, next, nextSigning,
                amendments, interruption, interruptedOn, interruptionInitiative, createdBy, createdAt, now, version);
    }

    private void requireMove(AgreementStatus next) {
        if (!status.canMoveTo(next)) {
            throw BusinessRuleViolation.of("status", ErrorCode.INVALID_STATE,
                    "error.agreement.cannot-become", status, next);
        }
    }

    /** @param key the sentence saying what cannot be done in the current status */
    private void requireStatus(String key, AgreementStatus... allowed) {
        for (AgreementStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw BusinessRuleViolation.of("status", ErrorCode.INVALID_STATE,
                key, status);
    }
}
