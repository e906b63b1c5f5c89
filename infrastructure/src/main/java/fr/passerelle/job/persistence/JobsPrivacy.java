package fr.passerelle.job.persistence;

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
 * Delivery jobs carry a copy of their event, whose initiator names who acted, and reminders keyed by a person (a
 * daily digest). An erasure puts the pseudonym in the events (so a job replayed later records nobody) and deletes the
 * reminders addressed to the person. The export leaves jobs out: they repeat what the audit trail exports.
 */
@Component
class JobsPrivacy implements PersonalDataProvider {

    static final String DATA_CLASS = "platform.delivery-jobs";
    private static final String COLLECTION = "jobs";

    private final MongoOperations mongo;

    JobsPrivacy(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public String feature() {
        return "job";
    }

    @Override
    public List<PersonalData> declaration() {
        return List.of(new PersonalData(DATA_CLASS, COLLECTION, List.of("event.initiator.subject",
                "reminder.attributes.subject"), "privacy.purpose.delivery-jobs", LegalBasis.LEGITIMATE_INTEREST,
                PersonalData.Erasure.PSEUDONYMISE));
    }

    @Override
    public List<ExportSection> export(DataSubject person) {
        return List.of();
    }

    @Override
    public ErasureOutcome erase(DataSubject person, Instant now) {
        int deleted = PrivacyQueries.delete(mongo, COLLECTION, bySubject("reminder.attributes.subject", person));
        int pseudonymised = PrivacyQueries.replace(mongo, COLLECTION, "event.initiator.subject",
                PrivacyQueries.subjects(person), PrivacyQueries.pseudonym(person));
        return PrivacyQueries.outcome(feature(), deleted, pseudonymised);
    }

    /** Jobs are the relay's working set; finished ones are swept by the job runner, not by a privacy policy. */
    @Override
    public ErasureOutcome expire(String dataClass, Instant triggeredBefore, Instant now) {
        return PrivacyQueries.outcome(feature(), 0, 0);
    }
}
