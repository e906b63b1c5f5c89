package fr.passerelle.enrollment.persistence;

import fr.passerelle.enrollment.model.FunderRequest;
import fr.passerelle.enrollment.model.FundingSource;
import fr.passerelle.enrollment.model.InstalmentOption;
import fr.passerelle.enrollment.model.ParticipationExemption;
import fr.passerelle.shared.persistence.MoneyDocument;
import fr.passerelle.shared.persistence.StoredDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A stored funding, under its enrollment's id: the plan (price, date, funder lines, exemptions), the instalment
 * option, the paying company, and each funder line's request. The funders' references and the learner's identifier at
 * France Travail tie it to the person (see {@code FundingsPrivacy}); identity stays on the contact.
 *
 * <p>{@code funderKeys} ({@code SOURCE:reference} per line holding a funder's reference, absent when none) is unique:
 * a funder's folder, quote or request belongs to one funding only, so its notifications reach exactly that one. A
 * sparse multikey index rather than a unique compound one on the lines, which would also index the lines without a
 * reference (as null) and the embedded server ignores partial filters.
 */
@Document("enrollmentFundings")
@CompoundIndexes({
        @CompoundIndex(name = "by_funder_reference", def = "{'plan.lines.funderReference': 1}"),
        @CompoundIndex(name = "by_contact", def = "{'contactId': 1}"),
        @CompoundIndex(name = "by_learner_subject", def = "{'learnerSubject': 1}")})
record FundingDocument(@Id String id, String schoolId, String contactId, String learnerSubject, PlanDocument plan,
                       InstalmentOption instalments, String companyId, List<FunderRequest> requests,
                       @Indexed(name = "unique_funder_key", unique = true, sparse = true) List<String> funderKeys,
                       String createdBy, Instant createdAt, Instant updatedAt, long version)
        implements StoredDocument {

    /** The plan as entered: the learner's line is not stored, being the price less the funders. */
    record PlanDocument(MoneyDocument price, LocalDate date, List<LineDocument> lines,
                        Set<ParticipationExemption> exemptions) {
    }

    record LineDocument(FundingSource source, MoneyDocument amount, String funderReference) {
    }
}
