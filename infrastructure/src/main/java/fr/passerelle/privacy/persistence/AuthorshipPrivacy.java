package fr.passerelle.privacy.persistence;

import fr.passerelle.privacy.model.DataSubject;
import fr.passerelle.privacy.model.ErasureOutcome;
import fr.passerelle.privacy.model.ExportSection;
import fr.passerelle.privacy.model.LegalBasis;
import fr.passerelle.privacy.model.PersonalData;
import fr.passerelle.privacy.port.PersonalDataProvider;
import java.time.Instant;
import java.util.List;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * A provider for organisations' configuration records whose only personal datum is the staff member who created them
 * ({@code createdBy}): a webhook endpoint, a partner client. The record belongs to the organisation and outlives the
 * person; erasing them leaves their pseudonym as its author, and retention has nothing of theirs to expire.
 */
public abstract class AuthorshipPrivacy implements PersonalDataProvider {

    private static final String AUTHOR = "createdBy";

    private final MongoOperations mongo;
    private final String feature;
    private final String dataClass;
    private final String collection;
    private final List<String> exported;

    /**
     * @param exported the fields of a record its author gets in their export (never a secret), beside its id
     */
    protected AuthorshipPrivacy(MongoOperations mongo, String feature, String dataClass, String collection,
                                List<String> exported) {
        this.mongo = mongo;
        this.feature = feature;
        this.dataClass = dataClass;
        this.collection = collection;
        this.exported = List.copyOf(exported);
    }

    @Override
    public String feature() {
        return feature;
    }

    @Override
    public List<PersonalData> declaration() {
        return List.of(new PersonalData(dataClass, collection, List.of(AUTHOR), "privacy.purpose.record-authors",
                LegalBasis.LEGITIMATE_INTEREST, PersonalData.Erasure.PSEUDONYMISE));
    }

    @Override
    public List<ExportSection> export(DataSubject person) {
        return PrivacyQueries.section(mongo, feature + "-created", collection,
                PrivacyQueries.bySubject(AUTHOR, person), exported).stream().toList();
    }

    @Override
    public ErasureOutcome erase(DataSubject person, Instant now) {
        return PrivacyQueries.outcome(feature, 0, PrivacyQueries.replace(mongo, collection, AUTHOR,
                PrivacyQueries.subjects(person), PrivacyQueries.pseudonym(person)));
    }

    @Override
    public ErasureOutcome expire(String dataClass, Instant triggeredBefore, Instant now) {
        return PrivacyQueries.outcome(feature, 0, 0);
    }
}
