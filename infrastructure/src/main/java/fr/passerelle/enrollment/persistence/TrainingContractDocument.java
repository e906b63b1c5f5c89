package fr.passerelle.enrollment.persistence;

import fr.passerelle.agreement.model.SignedDocument;
import fr.passerelle.enrollment.model.ContractKind;
import fr.passerelle.enrollment.model.FundingSource;
import fr.passerelle.enrollment.model.InstalmentOption;
import fr.passerelle.shared.persistence.MoneyDocument;
import fr.passerelle.shared.persistence.StoredDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A stored training contract, under its enrollment's id: the particulars agreed, the signing (circuit, versions,
 * every signature ever given) and the withdrawal end. {@code signatoryEmails} and {@code signatorySubjects} (who
 * signs, lower-case e-mails) are derived for the privacy requests that look people up.
 */
@Document("trainingContracts")
record TrainingContractDocument(@Id String id, @Indexed String schoolId, String enrollmentId, ContractKind kind,
                                ParticularsDocument particulars, SignedDocument signing, Instant sentAt,
                                Instant signedAt, LocalDate withdrawalEndsOn, String createdBy, Instant createdAt,
                                Instant updatedAt, @Indexed List<String> signatoryEmails,
                                @Indexed List<String> signatorySubjects, long version) implements StoredDocument {

    record ParticularsDocument(String organisationName, String organisationAddress, String learnerName,
                               String programmeTitle, String certification, Integer level, String certifyingBody,
                               String objectives, String prerequisites, Integer durationHours,
                               List<String> modalities, String teachingMethods, String assessmentMethods,
                               String trainerQualifications, LocalDate start, LocalDate end, String place,
                               MoneyDocument price, MoneyDocument learnerPart, InstalmentOption instalments,
                               Set<FundingSource> sources, String companyName) {
    }
}
