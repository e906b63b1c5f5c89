package fr.passerelle.enrollment.persistence;

import fr.passerelle.crm.persistence.ContactsPrivacy;
import fr.passerelle.crm.persistence.PersonContacts;
import fr.passerelle.enrollment.model.EnrollmentState;
import fr.passerelle.privacy.model.DataSubject;
import fr.passerelle.privacy.model.ErasureOutcome;
import fr.passerelle.privacy.model.ExportSection;
import fr.passerelle.privacy.model.LegalBasis;
import fr.passerelle.privacy.model.PersonalData;
import fr.passerelle.privacy.persistence.LegalHolds;
import fr.passerelle.privacy.persistence.PrivacyQueries;
import fr.passerelle.privacy.port.PersonalDataProvider;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Enrollments concern the person enrolled (by their CRM contact, found through {@link PersonContacts} as every CRM
 * provider finds them, and by their account as the learner) and staff (who created or moved one):
 *
 * <ul>
 *   <li>an enrollment never signed (a draft, one cancelled before any contract, one still in its dossier or funding)
 *       is deleted with its person;</li>
 *   <li>a signed one is the record of a training contract the school must be able to produce: it is <b>held</b>
 *       ({@code privacy.hold.training-agreement}) for five years after its last change (civil limitation period, Code
 *       civil art. 2224), kept as evidence of whom it was with (its contact), while the link to the person's account,
 *       which the evidence does not need, is removed;</li>
 *   <li>staff are pseudonymised wherever they appear (author, history): the law needs the move, not its author's
 *       name.</li>
 * </ul>
 * Runs before the contacts' provider ({@link Order}), which deletes the contacts it finds people through.
 */
@Component
@Order(0)
class EnrollmentsPrivacy implements PersonalDataProvider {

    /** Enrollments never signed: the person's application, deleted with them or when their contact expires. */
    static final String RECORDS = "enrollment.records";
    /** Signed enrollments: the training contract's record, held, then deleted once the retention policy ends. */
    static final String SIGNED = "enrollment.signed";
    static final String HOLD_REASON = "privacy.hold.training-agreement";
    private static final String ENROLLMENTS = "enrollments";
    private static final String CONTACT = "contactId";
    private static final String LEARNER = "learnerSubject";
    private static final String AUTHOR = "createdBy";
    private static final String HISTORY = "history";
    private static final int HOLD_YEARS = 5;
    private static final List<String> EXPORTED = List.of("schoolId", "sessionId", "state", "applicant", "seated",
            "withdrawalEndsOn", "endReason", HISTORY, "createdAt");

    private final MongoOperations mongo;
    private final PersonContacts personContacts;
    private final LegalHolds holds;

    EnrollmentsPrivacy(MongoOperations mongo, PersonContacts personContacts, LegalHolds holds) {
        this.mongo = mongo;
        this.personContacts = personContacts;
        this.holds = holds;
    }

    @Override
    public String feature() {
        return "enrollment";
    }

    @Override
    public List<PersonalData> declaration() {
        List<String> fields = List.of(CONTACT, LEARNER, AUTHOR, HISTORY + ".by");
        return List.of(
                new PersonalData(RECORDS, ENROLLMENTS, fields, "privacy.purpose.enrollments", LegalBasis.CONTRACT,
                        PersonalData.Erasure.DELETE),
                new PersonalData(SIGNED, ENROLLMENTS, fields, "privacy.purpose.enrollments",
                        LegalBasis.LEGAL_OBLIGATION, PersonalData.Erasure.HOLD));
    }

    @Override
    public List<ExportSection> export(DataSubject person) {
        List<ExportSection> sections = new ArrayList<>();
        PrivacyQueries.section(mongo, "enrollment-enrollments", ENROLLMENTS, enrolled(person), EXPORTED)
                .ifPresent(sections::add);
        PrivacyQueries.section(mongo, "enrollment-enrollments-worked", ENROLLMENTS, worked(person),
                List.of("schoolId", "sessionId", "state", "createdAt")).ifPresent(sections::add);
        return sections;
    }

    @Override
    public ErasureOutcome erase(DataSubject person, Instant now) {
        Criteria enrolled = enrolled(person);
        List<ErasureOutcome.Hold> held = new ArrayList<>();
        for (Document contract : mongo.find(Query.query(new Criteria().andOperator(enrolled, signed()))
                .limit(PrivacyQueries.MAX_RECORDS), Document.class, ENROLLMENTS)) {
            String id = contract.get("_id").toString();
            held.add(holds.restrict(ENROLLMENTS, List.of(id), SIGNED, HOLD_REASON, holdUntil(contract, now), now));
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().unset(LEARNER)
                    .inc("version", 1), ENROLLMENTS);
        }
        int deleted = PrivacyQueries.delete(mongo, ENROLLMENTS, new Criteria().andOperator(enrolled, unsigned()));
        String pseudonym = PrivacyQueries.pseudonym(person);
        int pseudonymised = PrivacyQueries.replace(mongo, ENROLLMENTS, AUTHOR, PrivacyQueries.subjects(person),
                pseudonym);
        if (person.subject() != null) {
            pseudonymised += PrivacyQueries.replaceInArray(mongo, ENROLLMENTS, HISTORY, "by", person.subject(),
                    pseudonym);
        }
        return new ErasureOutcome(feature(), deleted, pseudonymised, held);
    }

    /**
     * An expired contact's unsigned enrollments go (as its other CRM records do); a signed enrollment ended before
     * its policy's trigger goes when that policy ends.
     */
    @Override
    public ErasureOutcome expire(String dataClass, Instant triggeredBefore, Instant now) {
        if (ContactsPrivacy.DATA_CLASS.equals(dataClass)) {
            List<Object> contacts = personContacts.expired(triggeredBefore);
            return PrivacyQueries.outcome(feature(), contacts.isEmpty() ? 0 : PrivacyQueries.delete(mongo,
                    ENROLLMENTS, new Criteria().andOperator(Criteria.where(CONTACT).in(contacts), unsigned())), 0);
        }
        if (SIGNED.equals(dataClass)) {
            return PrivacyQueries.outcome(feature(), PrivacyQueries.delete(mongo, ENROLLMENTS, new Criteria()
                    .andOperator(signed(), Criteria.where("state").in(ended()),
                            Criteria.where("updatedAt").lt(triggeredBefore))), 0);
        }
        return PrivacyQueries.outcome(feature(), 0, 0);
    }

    private Criteria enrolled(DataSubject person) {
        List<Object> contacts = personContacts.of(person);
        return PrivacyQueries.anyOf(Criteria.where(CONTACT).in(contacts),
                Criteria.where(LEARNER).in(PrivacyQueries.subjects(person)));
    }

    private static Criteria worked(DataSubject person) {
        return PrivacyQueries.anyOf(PrivacyQueries.bySubject(AUTHOR, person),
                PrivacyQueries.bySubject(HISTORY + ".by", person));
    }

    /** Signed once: its history went through SIGNED (whatever happened after: withdrawn, completed…). */
    private static Criteria signed() {
        return Criteria.where(HISTORY + ".to").is(EnrollmentState.SIGNED.name());
    }

    private static Criteria unsigned() {
        return Criteria.where(HISTORY + ".to").ne(EnrollmentState.SIGNED.name());
    }

    private static List<String> ended() {
        return List.of(EnrollmentState.COMPLETED.name(), EnrollmentState.CANCELLED.name(),
                EnrollmentState.ABANDONED.name());
    }

    private static Instant holdUntil(Document contract, Instant now) {
        Instant last = Optional.ofNullable(contract.getDate("updatedAt")).map(Date::toInstant).orElse(now);
        return last.atZone(ZoneOffset.UTC).plusYears(HOLD_YEARS).toInstant();
    }
}
