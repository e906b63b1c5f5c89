package fr.passerelle.catalog.persistence;

import fr.passerelle.catalog.model.Accessibility;
import fr.passerelle.catalog.model.CompetencyBlock;
import fr.passerelle.catalog.model.Modality;
import fr.passerelle.catalog.model.PriceBasis;
import fr.passerelle.catalog.model.ProgrammeState;
import fr.passerelle.catalog.model.PublishedResults;
import fr.passerelle.shared.persistence.MoneyDocument;
import fr.passerelle.shared.persistence.StoredDocument;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A stored programme, listed per school and state by title. Holds no personal data but its author's subject. */
@Document("catalogProgrammes")
@CompoundIndex(name = "by_school_state_title", def = "{'schoolId': 1, 'state': 1, 'details.title': 1, '_id': 1}")
record ProgrammeDocument(@Id String id, String schoolId, DetailsDocument details, ProgrammeState state,
                         PublishedResults results, String createdBy, Instant createdAt, Instant updatedAt,
                         Instant publishedAt, long version) implements StoredDocument {

    record DetailsDocument(String title, CertificationDocument certification, Integer level, String certifyingBody,
                           String objectives, List<CompetencyBlock> competencyBlocks, String prerequisites,
                           Integer durationHours, Set<Modality> modalities, PriceDocument price,
                           Integer accessDelayDays, Accessibility accessibility, String teachingMethods,
                           String assessmentMethods, String contact) {
    }

    record CertificationDocument(String register, String number) {
    }

    record PriceDocument(MoneyDocument amount, PriceBasis basis, Integer groupSize) {
    }
}
