package fr.passerelle.company.persistence;

import static fr.passerelle.privacy.persistence.PrivacyQueries.anyOf;
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
 * A company's profile is about a legal person, not a natural one; what it holds about people is who registered it, who
 * decided its vetting and who declared its workforce. Those stay, as the pseudonym, when the person is erased: the company keeps its history.
 */
@Component
class CompaniesPrivacy implements PersonalDataProvider {

    static final String DATA_CLASS = "company.staff-actions";
    private static final String COLLECTION = "companies";

    private final MongoOperations mongo;

    CompaniesPrivacy(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public String feature() {
        return "company";
    }

    @Override
    public List<PersonalData> declaration() {
        return List.of(new PersonalData(DATA_CLASS, COLLECTION, List.of("createdBy", "vetting.decidedBy", "workforce.declaredBy"),
                "privacy.purpose.organisation-history", LegalBasis.LEGITIMATE_INTEREST,
                PersonalData.Erasure.PSEUDONYMISE));
    }

    @Override
    public List<ExportSection> export(DataSubject person) {
        return PrivacyQueries.section(mongo, "company-actions", COLLECTION,
                anyOf(bySubject("createdBy", person), bySubject("vetting.decidedBy", person),
                        bySubject("workforce.declaredBy", person)),
                List.of("profile.legalName", "createdBy", "createdAt", "vetting.status", "vetting.decidedBy",
                        "vetting.decidedAt", "workforce.declaredBy", "workforce.declaredAt")).stream().toList();
    }

    @Override
    public ErasureOutcome erase(DataSubject person, Instant now) {
        String pseudonym = PrivacyQueries.pseudonym(person);
        List<String> subject = PrivacyQueries.subjects(person);
        return PrivacyQueries.outcome(feature(), 0,
                PrivacyQueries.replace(mongo, COLLECTION, "createdBy", subject, pseudonym)
                        + PrivacyQueries.replace(mongo, COLLECTION, "vetting.decidedBy", subject, pseudonym)
                        + PrivacyQueries.replace(mongo, COLLECTION, "workforce.declaredBy", subject, pseudonym));
    }

    /** Nothing here expires on its own: the records are the company's, pseudonymised only with their author. */
    @Override
    public ErasureOutcome expire(String dataClass, Instant triggeredBefore, Instant now) {
        return PrivacyQueries.outcome(feature(), 0, 0);
    }
}
