package fr.passerelle.privacy.persistence;

import static fr.passerelle.privacy.persistence.PrivacyQueries.anyOf;
import static fr.passerelle.privacy.persistence.PrivacyQueries.byLearner;
import static fr.passerelle.privacy.persistence.PrivacyQueries.bySubject;

import fr.passerelle.privacy.model.DataSubject;
import fr.passerelle.privacy.model.ErasureOutcome;
import fr.passerelle.privacy.model.ExportSection;
import fr.passerelle.privacy.model.LegalBasis;
import fr.passerelle.privacy.model.PersonalData;
import fr.passerelle.privacy.port.PersonalDataProvider;
import java.time.Instant;
import java.util.List;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The requests themselves are the organisation's evidence that it answered (accountability, art. 5(2)): an erasure
 * keeps them, answered ones under the person's pseudonym. The open erasure request being carried out is left to the
 * service, which completes it under the pseudonym in one versioned write.
 */
@Component
class DataSubjectRequestsPrivacy implements PersonalDataProvider {

    static final String DATA_CLASS = "privacy.requests";
    private static final String COLLECTION = "privacy_requests";

    private final MongoOperations mongo;

    DataSubjectRequestsPrivacy(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public String feature() {
        return "privacy";
    }

    @Override
    public List<PersonalData> declaration() {
        return List.of(new PersonalData(DATA_CLASS, COLLECTION, List.of("person", "learnerId", "recordedBy"),
                "privacy.purpose.requests", LegalBasis.LEGAL_OBLIGATION, PersonalData.Erasure.PSEUDONYMISE));
    }

    @Override
    public List<ExportSection> export(DataSubject person) {
        return PrivacyQueries.section(mongo, "privacy-requests", COLLECTION, theirs(person),
                List.of("kind", "status", "receivedAt", "dueAt", "completedAt")).stream().toList();
    }

    @Override
    public ErasureOutcome erase(DataSubject person, Instant now) {
        String pseudonym = PrivacyQueries.pseudonym(person);
        Criteria answered = new Criteria().andOperator(theirs(person), Criteria.where("status").is("COMPLETED"));
        int changed = (int) mongo.updateMulti(Query.query(answered), new Update().set("person", pseudonym)
                .set("learnerId", pseudonym), COLLECTION).getModifiedCount();
        return PrivacyQueries.outcome(feature(), 0, changed + PrivacyQueries.replace(mongo, COLLECTION, "recordedBy",
                PrivacyQueries.subjects(person), pseudonym));
    }

    /** Requests are evidence for as long as the organisation may be asked to show them; no policy shortens that. */
    @Override
    public ErasureOutcome expire(String dataClass, Instant triggeredBefore, Instant now) {
        return PrivacyQueries.outcome(feature(), 0, 0);
    }

    private static Criteria theirs(DataSubject person) {
        return anyOf(bySubject("person", person), byLearner("learnerId", person));
    }
}
