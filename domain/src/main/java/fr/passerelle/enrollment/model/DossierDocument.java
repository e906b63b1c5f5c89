package fr.passerelle.enrollment.model;

import fr.passerelle.shared.model.Aggregate;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One required document of an enrollment's dossier (one per enrollment and kind, under {@link #idOf}): its current
 * file, its review and its validity. Uploading again replaces the file and sends it back to review; the previous
 * versions' descriptions are kept (at most {@link #MAX_PREVIOUS}), their bytes are not.
 *
 * @param expiresOn  the last day it is valid (inclusive), for the kinds that expire; stated at upload or review
 * @param rejection  why it was refused, while {@link DossierDocumentState#REJECTED}
 * @param reviewedBy who accepted or rejected the current file
 * @param previous   the replaced files, most recent first
 */
public record DossierDocument(String id, String schoolId, String enrollmentId, DossierDocumentKind kind,
                              DossierDocumentState state, DossierFile file, LocalDate expiresOn,
                              DossierRejection rejection, String reviewedBy, Instant reviewedAt,
                              List<DossierFile> previous, long version) implements Aggregate {

    /** Enough to tell a learner's story with a document without keeping a file's history forever. */
    public static final int MAX_PREVIOUS = 10;

    public DossierDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(enrollmentId, "enrollmentId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(file, "file");
        previous = previous == null ? List.of() : List.copyOf(previous);
    }

    /** The one id of an enrollment's document of a kind, so two first uploads cannot make two documents. */
    public static String idOf(String enrollmentId, DossierDocumentKind kind) {
        return enrollmentId + "." + kind.name();
    }

    /** A first upload. {@code statedExpiry} is kept only for the kinds whose expiry is printed on them. */
    public static DossierDocument first(String schoolId, String enrollmentId, DossierDocumentKind kind,
                                        DossierFile file, LocalDate statedExpiry) {
        return new DossierDocument(idOf(enrollmentId, kind), schoolId, enrollmentId, kind,
                DossierDocumentState.PENDING, file, stated(kind, statedExpiry), null, null, null, List.of(), 0);
    }

    /** Replaces the file and returns to review; the very same bytes again change nothing. */
    public DossierDocument uploaded(DossierFile newFile, LocalDate statedExpiry) {
        if (newFile.sha256().equals(file.sha256())) {
            return this;
        }
        List<DossierFile> kept = new ArrayList<>(previous.size() + 1);
        kept.add(file);
        kept.addAll(previous.subList(0, Math.min(previous.size(), MAX_PREVIOUS - 1)));
        return new DossierDocument(id, schoolId, enrollmentId, kind, DossierDocumentState.PENDING, newFile,
                stated(kind, statedExpiry), null, null, null, kept, version);
    }

    /**
     * Admissions accept the current file. {@code expiresOn} is the date read on the document: required for an
     * identity document (unless stated at upload), at most three months ahead for a France Travail certificate
     * (three months by default), refused for the kinds that do not expire. Accepting again what is accepted with
     * the same last valid day (a retried request) answers it unchanged.
     */
    public DossierDocument accepted(String by, Instant at, LocalDate expiresOn, LocalDate today) {
        if (state != DossierDocumentState.PENDING && state != DossierDocumentState.ACCEPTED) {
            throw BusinessRuleViolation.of("", ErrorCode.INVALID_STATE, "error.dossier.not-pending");
        }
        LocalDate validUntil = validUntil(expiresOn, today);
        if (state == DossierDocumentState.ACCEPTED) {
            if (Objects.equals(validUntil, this.expiresOn)) {
                return this;
            }
            throw BusinessRuleViolation.of("", ErrorCode.INVALID_STATE, "error.dossier.not-pending");
        }
        return new DossierDocument(id, schoolId, enrollmentId, kind, DossierDocumentState.ACCEPTED, file, validUntil,
                null, by, at, previous, version);
    }

    private LocalDate validUntil(LocalDate expiresOn, LocalDate today) {
        LocalDate validUntil = switch (kind.expiry()) {
            case NONE -> {
                if (expiresOn != null) {
                    throw BusinessRuleViolation.of("expiresOn", ErrorCode.INVALID, "error.dossier.no-expiry");
                }
                yield null;
            }
            case STATED -> {
                LocalDate stated = expiresOn != null ? expiresOn : this.expiresOn;
                if (stated == null) {
                    throw BusinessRuleViolation.of("expiresOn", ErrorCode.REQUIRED, "error.dossier.expiry-required");
                }
                yield stated;
            }
            case THREE_MONTHS -> {
                LocalDate latest = today.plusMonths(3);
                if (expiresOn != null && expiresOn.isAfter(latest)) {
                    throw BusinessRuleViolation.of("expiresOn", ErrorCode.OUT_OF_RANGE,
                            "error.dossier.expiry-too-late", latest);
                }
                yield expiresOn != null ? expiresOn : latest;
            }
        };
        if (validUntil != null && validUntil.isBefore(today)) {
            throw BusinessRuleViolation.of("expiresOn", ErrorCode.OUT_OF_RANGE, "error.dossier.already-expired");
        }
        return validUntil;
    }

    /**
     * Admissions refuse the current file (even one they accepted: a second look may find it wrong). Rejecting again
     * what is rejected for the same reason and comment (a retried request) answers it unchanged.
     */
    public DossierDocument rejected(String by, Instant at, DossierRejection why) {
        if (state == DossierDocumentState.REJECTED && why.equals(rejection)) {
            return this;
        }
        if (state != DossierDocumentState.PENDING && state != DossierDocumentState.ACCEPTED) {
            throw BusinessRuleViolation.of("", ErrorCode.INVALID_STATE, "error.dossier.not-reviewable");
        }
        if (why.reason() == DossierRejectReason.OTHER && (why.comment() == null || why.comment().isBlank())) {
            throw BusinessRuleViolation.of("comment", ErrorCode.REQUIRED, "error.dossier.comment-required");
        }
        return new DossierDocument(id, schoolId, enrollmentId, kind, DossierDocumentState.REJECTED, file, expiresOn,
                why, by, at, previous, version);
    }

    /** Marks an accepted document past its last valid day as expired; anything else is unchanged. */
    public DossierDocument expiredOn(LocalDate today) {
        if (state != DossierDocumentState.ACCEPTED || validOn(today)) {
            return this;
        }
        return new DossierDocument(id, schoolId, enrollmentId, kind, DossierDocumentState.EXPIRED, file, expiresOn,
                null, reviewedBy, reviewedAt, previous, version);
    }

    /** Whether it counts for the dossier on that day: accepted and not past its last valid day. */
    public boolean validOn(LocalDate day) {
        return state == DossierDocumentState.ACCEPTED && (expiresOn == null || !day.isAfter(expiresOn));
    }

    private static LocalDate stated(DossierDocumentKind kind, LocalDate statedExpiry) {
        return kind.expiry() == DossierDocumentKind.Expiry.STATED ? statedExpiry : null;
    }
}
