package fr.passerelle.learner.persistence;

import static fr.passerelle.privacy.persistence.PrivacyQueries.anyOf;
import static fr.passerelle.privacy.persistence.PrivacyQueries.byLearner;
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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * The learner's profile: identity, enrolment, skills, background, career wishes — filled in by the person, their
 * school (or a roster import: the import stores nothing beyond the profiles it writes) and the platform. An erasure
 * deletes the profiles outright: what others must keep of an internship (the signed agreement) holds its own copy of
 * the parties, so nothing needs the profile any more. Staff who created profiles for others stay as a pseudonym.
 */
@Component
class LearnersPrivacy implements PersonalDataProvider {

    static final String DATA_CLASS = "learner.profile";
    private static final String COLLECTION = "learners";
    private static final List<String> FIELDS = List.of("subject", "identity", "type", "status", "source", "academic",
            "skills", "background", "career", "readinessScore", "detachment", "createdAt", "updatedAt");

    private final MongoOperations mongo;

    LearnersPrivacy(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public String feature() {
        return "learner";
    }

    @Override
    public List<PersonalData> declaration() {
        return List.of(new PersonalData(DATA_CLASS, COLLECTION, List.of("subject", "identity", "academic", "skills",
                "background", "career", "detachment", "nameKey", "skillCodes", "enrolmentKey", "createdBy"),
                "privacy.purpose.learner-profile", LegalBasis.CONTRACT, PersonalData.Erasure.DELETE));
    }

    @Override
    public List<ExportSection> export(DataSubject person) {
        return PrivacyQueries.section(mongo, "learner-profile", COLLECTION, own(person), FIELDS).stream().toList();
    }

    @Override
    public ErasureOutcome erase(DataSubject person, Instant now) {
        int deleted = PrivacyQueries.delete(mongo, COLLECTION, own(person));
        int pseudonymised = PrivacyQueries.replace(mongo, COLLECTION, "createdBy", PrivacyQueries.subjects(person),
                PrivacyQueries.pseudonym(person));
        return PrivacyQueries.outcome(feature(), deleted, pseudonymised);
    }

    /** Profiles untouched (no update by anyone) since the trigger go. */
    @Override
    public ErasureOutcome expire(String dataClass, Instant triggeredBefore, Instant now) {
        if (!DATA_CLASS.equals(dataClass)) {
            return PrivacyQueries.outcome(feature(), 0, 0);
        }
        return PrivacyQueries.outcome(feature(), PrivacyQueries.delete(mongo, COLLECTION,
                Criteria.where("updatedAt").lt(triggeredBefore)), 0);
    }

    private static Criteria own(DataSubject person) {
        return anyOf(bySubject("subject", person), byLearner("_id", person));
    }
}
