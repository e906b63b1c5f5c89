package fr.passerelle.internship.persistence;

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
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The marketplace: a learner's applications (their message, the parts of their profile they shared, the decisions
 * and interviews) and the staff who wrote offers or decided on applications. An erased learner's applications stay
 * for the company's and school's counts, without them: the learner keys become the pseudonym and the message goes.
 * Staff decisions keep their note (about the application, not the staff member) under the staff's pseudonym.
 */
@Component
class InternshipPrivacy implements PersonalDataProvider {

    static final String APPLICATIONS = "internship.applications";
    static final String OFFER_AUTHORS = "internship.offer-authors";

    private final MongoOperations mongo;

    InternshipPrivacy(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public String feature() {
        return "internship";
    }

    @Override
    public List<PersonalData> declaration() {
        return List.of(
                new PersonalData(APPLICATIONS, "applications", List.of("learnerId", "learnerSubject", "message",
                        "sharedParts", "history.by", "history.note", "interview"), "privacy.purpose.applications",
                        LegalBasis.CONTRACT, PersonalData.Erasure.PSEUDONYMISE),
                new PersonalData(OFFER_AUTHORS, "internship_offers", List.of("createdBy", "terms.tutorMembershipId"),
                        "privacy.purpose.offer-authors", LegalBasis.LEGITIMATE_INTEREST,
                        PersonalData.Erasure.PSEUDONYMISE));
    }

    @Override
    public List<ExportSection> export(DataSubject person) {
        return Stream.of(
                PrivacyQueries.section(mongo, "internship-applications", "applications", applicant(person),
                        List.of("offerId", "companyId", "schoolId", "message", "sharedParts", "status", "history",
                                "interview", "createdAt", "updatedAt")),
                PrivacyQueries.section(mongo, "internship-decisions", "applications",
                        bySubject("history.by", person), List.of("offerId", "history")),
                PrivacyQueries.section(mongo, "internship-offers-written", "internship_offers",
                        bySubject("createdBy", person), List.of("companyId", "terms.title", "status", "createdAt")))
                .flatMap(Optional::stream).toList();
    }

    @Override
    public ErasureOutcome erase(DataSubject person, Instant now) {
        String pseudonym = PrivacyQueries.pseudonym(person);
        int applications = (int) mongo.updateMulti(Query.query(applicant(person)), new Update()
                .set("learnerId", pseudonym).set("learnerSubject", pseudonym).unset("message")
                .set("sharedParts", List.of()), "applications").getModifiedCount();
        int decisions = 0;
        if (person.subject() != null) {
            decisions = PrivacyQueries.replaceInArray(mongo, "applications", "history", "by", person.subject(),
                    pseudonym);
        }
        int offers = PrivacyQueries.replace(mongo, "internship_offers", "createdBy", PrivacyQueries.subjects(person),
                pseudonym);
        return PrivacyQueries.outcome(feature(), 0, applications + decisions + offers);
    }

    /** Applications closed before the trigger lose their applicant, as an erasure would. */
    @Override
    public ErasureOutcome expire(String dataClass, Instant triggeredBefore, Instant now) {
        if (!APPLICATIONS.equals(dataClass)) {
            return PrivacyQueries.outcome(feature(), 0, 0);
        }
        return PrivacyQueries.outcome(feature(), 0, (int) mongo.updateMulti(
                Query.query(Criteria.where("updatedAt").lt(triggeredBefore).and("message").exists(true)),
                new Update().unset("message").set("sharedParts", List.of()), "applications").getModifiedCount());
    }

    private static Criteria applicant(DataSubject person) {
        return anyOf(bySubject("learnerSubject", person), byLearner("learnerId", person));
    }
}
