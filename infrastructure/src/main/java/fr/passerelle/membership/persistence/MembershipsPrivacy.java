package fr.passerelle.membership.persistence;

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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Who belongs to which organisation, with which role, and who invited them. An erased person's memberships go (they
 * cannot act for anyone any more); the invitations they sent to others stay, signed by their pseudonym.
 */
@Component
class MembershipsPrivacy implements PersonalDataProvider {

    static final String DATA_CLASS = "membership.members";
    private static final String COLLECTION = "memberships";

    private final MongoOperations mongo;

    MembershipsPrivacy(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public String feature() {
        return "membership";
    }

    @Override
    public List<PersonalData> declaration() {
        return List.of(new PersonalData(DATA_CLASS, COLLECTION, List.of("email", "subject", "invitedBy"),
                "privacy.purpose.memberships", LegalBasis.CONTRACT, PersonalData.Erasure.DELETE));
    }

    @Override
    public List<ExportSection> export(DataSubject person) {
        return PrivacyQueries.section(mongo, "membership-memberships", COLLECTION, own(person),
                List.of("tenant.type", "tenant.id", "role", "email", "status", "invitedAt", "activatedAt"))
                .stream().toList();
    }

    @Override
    public ErasureOutcome erase(DataSubject person, Instant now) {
        int deleted = PrivacyQueries.delete(mongo, COLLECTION, own(person));
        int pseudonymised = PrivacyQueries.replace(mongo, COLLECTION, "invitedBy", PrivacyQueries.subjects(person),
                PrivacyQueries.pseudonym(person));
        return PrivacyQueries.outcome(feature(), deleted, pseudonymised);
    }

    /** Invitations never accepted go once their policy's period has passed since they were sent. */
    @Override
    public ErasureOutcome expire(String dataClass, Instant triggeredBefore, Instant now) {
        if (!DATA_CLASS.equals(dataClass)) {
            return PrivacyQueries.outcome(feature(), 0, 0);
        }
        return PrivacyQueries.outcome(feature(), PrivacyQueries.delete(mongo, COLLECTION,
                Criteria.where("activatedAt").is(null).and("invitedAt").lt(triggeredBefore)), 0);
    }

    private static Criteria own(DataSubject person) {
        return anyOf(bySubject("subject", person), byEmail("email", person));
    }
}
