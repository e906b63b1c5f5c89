package fr.passerelle.enrollment.persistence;

import fr.passerelle.crm.persistence.PersonContacts;
import fr.passerelle.enrollment.model.FunderRequestState;
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
import org.bson.Document;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * An enrollment's funding concerns its learner, found by their CRM contact or their token subject: the funders'
 * references (folder, quote, request numbers) and their identifier at France Travail tie it to them.
 * <ul>
 *   <li>export: their fundings' plan, option and requests;</li>
 *   <li>erasure: a funding a funder agreed to (or still examines) is accounting evidence — the funder pays the
 *       organisation against it, and the Code de commerce (article L. 123-22) keeps accounting records and their
 *       supporting documents 10 years — so it stays, restricted, under {@code privacy.hold.accounting}; a funding no
 *       funder holds is deleted.</li>
 * </ul>
 * Runs before the contacts' provider ({@link Order}), which deletes the contacts it finds people through.
 */
@Component
@Order(0)
class FundingsPrivacy implements PersonalDataProvider {

    static final String FUNDINGS = "enrollment.funding";
    static final String HOLD_REASON = "privacy.hold.accounting";
    private static final int HOLD_YEARS = 10;
    private static final String COLLECTION = "enrollmentFundings";
    private static final List<String> EXPORTED = List.of("schoolId", "plan", "instalments", "requests",
            "createdAt");
    /** Requests a funder holds or agreed: what it pays the organisation against. */
    private static final List<String> FUNDED = List.of(FunderRequestState.REQUESTED.name(),
            FunderRequestState.WAITING_HOLDER.name(), FunderRequestState.ACCEPTED.name());

    private final MongoOperations mongo;
    private final PersonContacts personContacts;
    private final LegalHolds holds;

    FundingsPrivacy(MongoOperations mongo, PersonContacts personContacts, LegalHolds holds) {
        this.mongo = mongo;
        this.personContacts = personContacts;
        this.holds = holds;
    }

    @Override
    public String feature() {
        return "enrollment-funding";
    }

    @Override
    public List<PersonalData> declaration() {
        return List.of(new PersonalData(FUNDINGS, COLLECTION, List.of("contactId", "learnerSubject",
                "requests.accountId", "plan.lines.funderReference"), "privacy.purpose.enrollment-funding",
                LegalBasis.CONTRACT, PersonalData.Erasure.HOLD));
    }

    @Override
    public List<ExportSection> export(DataSubject person) {
        List<ExportSection> sections = new ArrayList<>();
        PrivacyQueries.section(mongo, "enrollment-fundings", COLLECTION, of(person), EXPORTED)
                .ifPresent(sections::add);
        return sections;
    }

    @Override
    public ErasureOutcome erase(DataSubject person, Instant now) {
        Criteria theirs = of(person);
        Query fundedQuery = Query.query(new Criteria().andOperator(theirs,
                Criteria.where("requests.state").in(FUNDED))).limit(PrivacyQueries.MAX_RECORDS);
        fundedQuery.fields().include("_id").include("updatedAt");
        List<Document> funded = mongo.find(fundedQuery, Document.class, COLLECTION);
        List<ErasureOutcome.Hold> held = new ArrayList<>();
        List<Object> kept = new ArrayList<>();
        for (Document record : funded) {
            kept.add(record.get("_id"));
            held.add(holds.restrict(COLLECTION, List.of(String.valueOf(record.get("_id"))), FUNDINGS, HOLD_REASON,
                    holdUntil(record, now), now));
        }
        int deleted = PrivacyQueries.delete(mongo, COLLECTION, new Criteria().andOperator(theirs,
                Criteria.where("_id").nin(kept)));
        return new ErasureOutcome(feature(), deleted, 0, held);
    }

    /** Ten years from the funding's last change (the funder's last answer), so erasing again keeps the same end. */
    private static Instant holdUntil(Document record, Instant now) {
        Object updated = record.get("updatedAt");
        Instant from = updated instanceof Date date ? date.toInstant() : now;
        return from.atZone(ZoneOffset.UTC).plusYears(HOLD_YEARS).toInstant();
    }

    /** Fundings follow their enrollment's life; no retention policy of their own yet. */
    @Override
    public ErasureOutcome expire(String dataClass, Instant triggeredBefore, Instant now) {
        return PrivacyQueries.outcome(feature(), 0, 0);
    }

    private Criteria of(DataSubject person) {
        List<Object> contacts = personContacts.of(person);
        Criteria bySubject = PrivacyQueries.bySubject("learnerSubject", person);
        return contacts.isEmpty() ? bySubject
                : PrivacyQueries.anyOf(Criteria.where("contactId").in(contacts), bySubject);
    }
}
