package fr.passerelle.enrollment.persistence;

import fr.passerelle.enrollment.model.TrainingContract;
import fr.passerelle.enrollment.port.out.TrainingContracts;
import fr.passerelle.shared.persistence.DocumentStore;
import fr.passerelle.shared.persistence.EventDocumentMapper;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Repository;

@Repository
class MongoTrainingContracts extends DocumentStore<TrainingContract, TrainingContractDocument>
        implements TrainingContracts {

    MongoTrainingContracts(MongoOperations mongo, EventDocumentMapper events, TrainingContractDocumentMapper mapper) {
        super(mongo, events, TrainingContractDocument.class, "id", mapper::toDomain, mapper::toDocument);
    }
}
