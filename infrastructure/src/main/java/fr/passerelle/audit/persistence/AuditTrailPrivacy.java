package fr.passerelle.audit.persistence;

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
 * The audit trail names who acted (never the values they wrote: entries list field names). It is the one writer
 * allowed to change an entry: an erased actor's entries keep their skeleton — action, object, version, fields, time,
 * the organisation acted for — under the actor's pseudonym, so the organisation still sees that something was done
 * and by the same (now anonymous) hand. Entries of events relayed after the erasure get the pseudonym as they are
 * written ({@code AuditRecorder} consults the tombstone).
 */
@Component
class AuditTrailPrivacy implements PersonalDataProvider {

    static final String DATA_CLASS = "audit.actors";
    private static final String COLLECTION = "audit_trail";

    private final MongoOperations mongo;

    AuditTrailPrivacy(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public String feature() {
        return "audit";
    }

    @Override
    public List<PersonalData> declaration() {
        return List.of(new PersonalData(DATA_CLASS, COLLECTION, List.of("initiator.subject", "initiator.roles"),
                "privacy.purpose.audit", LegalBasis.LEGITIMATE_INTEREST, PersonalData.Erasure.PSEUDONYMISE));
    }

    @Override
    public List<ExportSection> export(DataSubject person) {
        return PrivacyQueries.section(mongo, "audit-actions", COLLECTION, bySubject("initiator.subject", person),
                List.of("action", "aggregateType", "aggregateId", "initiator.organisation", "initiator.onBehalfOf",
                        "changedFields", "occurredAt")).stream().toList();
    }

    @Override
    public ErasureOutcome erase(DataSubject person, Instant now) {
        return PrivacyQueries.outcome(feature(), 0, PrivacyQueries.replace(mongo, COLLECTION, "initiator.subject",
                PrivacyQueries.subjects(person), PrivacyQueries.pseudonym(person)));
    }

    /** The trail is kept as the organisations' evidence; only an erasure changes it. */
    @Override
    public ErasureOutcome expire(String dataClass, Instant triggeredBefore, Instant now) {
        return PrivacyQueries.outcome(feature(), 0, 0);
    }
}
