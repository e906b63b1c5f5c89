package fr.passerelle.enrollment.model;

import fr.passerelle.agreement.model.SignatureMethod;
import fr.passerelle.agreement.model.SignedDocument;
import fr.passerelle.agreement.model.SigningCircuit;
import fr.passerelle.shared.model.Aggregate;
import fr.passerelle.shared.model.NodeIds;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The training contract of one enrollment (its id is the enrollment's): the particulars agreed, the PDF sent round
 * its signing circuit (the agreements' {@link SignedDocument}: a re-send after a change is a new version, the earlier
 * versions' signatures and PDFs kept), and, once everyone signed, the end of the withdrawal period.
 *
 * @param sentAt           when the current version was sent, null before the first send
 * @param signedAt         when the last signature of the current version landed, null until then
 * @param withdrawalEndsOn the last day of the withdrawal period ({@link WithdrawalPeriod}), null until signed
 */
public record TrainingContract(String id, String schoolId, String enrollmentId, ContractKind kind,
                               ContractParticulars particulars, SignedDocument signing, Instant sentAt,
                               Instant signedAt, LocalDate withdrawalEndsOn, String createdBy, Instant createdAt,
                               Instant updatedAt, long version) implements Aggregate {

    /**
     * The path the API serves the enrollment's contract PDF at, {@code /enrollments/{id}/contract/document}, the id
     * being the enrollment's GraphQL global id.
     */
    public static String documentPath(String enrollmentId) {
        return "/enrollments/" + NodeIds.encode(Enrollment.TYPE, enrollmentId) + "/contract/document";
    }

    public TrainingContract {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(enrollmentId, "enrollmentId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(particulars, "particulars");
        Objects.requireNonNull(signing, "signing");
    }

    /** A contract not sent yet: what its first version will say. */
    public static TrainingContract drafted(String schoolId, String enrollmentId, ContractKind kind,
                                           ContractParticulars particulars, SigningCircuit circuit, String by,
                                           Instant now) {
        return new TrainingContract(enrollmentId, schoolId, enrollmentId, kind, particulars,
                SignedDocument.unsent(circuit), null, null, null, by, now, now, 0);
    }

    /**
     * What the next version will say: the current one (if out) is taken back, its signatures kept on record with
     * it. Refused once signed: a signed contract is changed by an amendment, not by a re-send.
     */
    public TrainingContract redrafted(ContractKind newKind, ContractParticulars newParticulars,
                                      SigningCircuit circuit, Instant now) {
        requireUnsigned();
        return new TrainingContract(id, schoolId, enrollmentId, newKind, newParticulars,
                signing.recalled().withCircuit(circuit), sentAt, null, null, createdBy, createdAt, now, version);
    }

    /**
     * Takes the current version back without a new one (its enrollment ended before everyone signed): its link no
     * longer signs, its signatures stay on record. Refused once signed.
     */
    public TrainingContract recalled(Instant now) {
        requireUnsigned();
        return new TrainingContract(id, schoolId, enrollmentId, kind, particulars, signing.recalled(), sentAt, null,
                null, createdBy, createdAt, now, version);
    }

    /** The version that the next send makes. */
    public int nextVersion() {
        return signing.documentVersion() + 1;
    }

    /** Sends the next version, whose PDF has this hash. */
    public TrainingContract sent(String sha256, Instant now) {
        requireUnsigned();
        return new TrainingContract(id, schoolId, enrollmentId, kind, particulars, signing.sent(sha256), now, null,
                null, createdBy, createdAt, now, version);
    }

    /**
     * A signature of the current version by a signatory whose turn it is (the same signature again changes nothing).
     * The last one signs the contract: {@code signedAt}, and the withdrawal period from the day signed
     * ({@code today}).
     */
    public TrainingContract signedBy(String signatoryId, SignatureMethod method, String signedBy, String recordedBy,
                                     String sha256, Instant now, LocalDate today) {
        requireUnsigned();
        SignedDocument after = signing.signedBy(signatoryId, method, signedBy, recordedBy, sha256, null, now);
        if (after == signing) {
            return this;
        }
        boolean complete = after.complete();
        return new TrainingContract(id, schoolId, enrollmentId, kind, particulars, after, sentAt,
                complete ? now : null,
                complete ? WithdrawalPeriod.endsOn(kind, particulars.sources(), today) : null,
                createdBy, createdAt, now, version);
    }

    public boolean signed() {
        return signedAt != null;
    }

    private void requireUnsigned() {
        if (signed()) {
            throw BusinessRuleViolation.of("", ErrorCode.INVALID_STATE, "error.contract.signed");
        }
    }
}
