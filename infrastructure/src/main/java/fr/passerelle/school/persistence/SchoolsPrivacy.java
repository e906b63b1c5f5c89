package fr.passerelle.school.persistence;

import static fr.passerelle.privacy.persistence.PrivacyQueries.anyOf;
import static fr.passerelle.privacy.persistence.PrivacyQueries.byEmail;
import static fr.passerelle.privacy.persistence.PrivacyQueries.bySubject;

import fr.passerelle.privacy.model.DataSubject;
import fr.passerelle.privacy.model.ErasureOutcome;
import fr.passerelle.privacy.model.ExportSection;
import fr.passerelle.privacy.model.LegalBasis;
import fr.passerelle.privacy.model.PersonalData;
import fr.passerelle.privacy.persistence.PrivacyQueries;
import fr.passerelle.privacy.port.PersonalDataProvider;
import java.time.Instant;
import java.util.List;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * A school's profile names its contact address, which may be a person's own (a director's mailbox rather than a
 * shared one), and who registered it. Erasing that person removes the address from the profile (the school sets a
 * new one) and leaves the registration signed by the pseudonym.
 */
@Component
class SchoolsPrivacy implements PersonalDataProvider {

    static final String DATA_CLASS = "school.contacts";
    private static final String COLLECTION = "schools";

    private final MongoOperations mongo;

    SchoolsPrivacy(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public String feature() {
        return "school";
    }

    @Override
    public List<PersonalData> declaration() {
        return List.of(new PersonalData(DATA_CLASS, COLLECTION, List.of("profile.contactEmail", "createdBy"),
                "privacy.purpose.organisation-history", LegalBasis.LEGITIMATE_INTEREST,
                PersonalData.Erasure.PSEUDONYMISE));
    }

    @Override
    public List<ExportSection> export(DataSubject person) {
        return PrivacyQueries.section(mongo, "school-contacts", COLLECTION,
                anyOf(bySubject("createdBy", person), byEmail("profile.contactEmail", person)),
                List.of("profile.name", "profile.contactEmail", "createdBy", "createdAt")).stream().toList();
    }

    @Override
    public ErasureOutcome erase(DataSubject person, Instant now) {
        return PrivacyQueries.outcome(feature(), 0,
                PrivacyQueries.replace(mongo, COLLECTION, "profile.contactEmail", PrivacyQueries.emails(person), null)
                        + PrivacyQueries.replace(mongo, COLLECTION, "createdBy", PrivacyQueries.subjects(person),
                        PrivacyQueries.pseudonym(person)));
    }

    /** Nothing here expires on its own: the records are the school's, pseudonymised only with their author. */
    @Override
    public ErasureOutcome expire(String dataClass, Instant triggeredBefore, Instant now) {
        return PrivacyQueries.outcome(feature(), 0, 0);
    }
}
