package fr.passerelle.enrollment.port.out;

import fr.passerelle.enrollment.model.Enrollment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** The contract gate: the enrollment's training contract, once sent, and its signature. */
public interface ContractProgress {

    Optional<ContractStatus> of(Enrollment enrollment);

    /**
     * @param signedAt        when the last party signed, null while it is being signed
     * @param withdrawalEndsOn the last day the learner may withdraw; null while unsigned, and once signed when the
     *                        contract grants no withdrawal right (a company's)
     */
    record ContractStatus(String contractId, Instant sentAt, Instant signedAt, LocalDate withdrawalEndsOn) {

        public boolean signed() {
            return signedAt != null;
        }
    }
}
