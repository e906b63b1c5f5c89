package fr.passerelle.privacy.persistence;

import fr.passerelle.membership.model.Tenant;
import fr.passerelle.privacy.model.DataSubjectRequest;
import fr.passerelle.privacy.model.ErasureOutcome;
import fr.passerelle.shared.persistence.StoredDocument;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A data-subject request as stored; its person is the pseudonym once they are erased. */
@Document("privacy_requests")
@CompoundIndex(name = "by_person", def = "{'person': 1, 'receivedAt': -1}")
@CompoundIndex(name = "open_by_due", def = "{'status': 1, 'dueAt': 1}")
record DataSubjectRequestDocument(@Id String id, DataSubjectRequest.Kind kind, String person, String learnerId,
                                  Tenant organisation, String recordedBy, Instant receivedAt, Instant dueAt,
                                  DataSubjectRequest.Status status, Instant completedAt,
                                  List<ErasureOutcome> erasure, long version) implements StoredDocument {

    static DataSubjectRequestDocument of(DataSubjectRequest request, long version) {
        return new DataSubjectRequestDocument(request.id(), request.kind(), request.person(), request.learnerId(),
                request.organisation(), request.recordedBy(), request.receivedAt(), request.dueAt(), request.status(),
                request.completedAt(), request.erasure(), version);
    }

    DataSubjectRequest toDomain() {
        return new DataSubjectRequest(id, kind, person, learnerId, organisation, recordedBy, receivedAt, dueAt, status,
                completedAt, erasure == null ? List.of() : erasure, version);
    }
}
