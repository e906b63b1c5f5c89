package fr.passerelle.learner.persistence;

import fr.passerelle.learner.model.AcceptanceClaims;
import fr.passerelle.shared.error.ConcurrentUpdateException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.model.DateRange;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A learner's acceptance claims, kept in two fields of their profile's document that {@link LearnerDocument} does not
 * map: the profile's own writes set only its mapped fields, so they never touch the claims, and a write of the claims
 * (a conditional update on their revision) never touches the profile, its version or its outbox. Days are stored as
 * ISO text like the profile's, so no time zone shifts them.
 */
final class AcceptanceClaimsFields {

    private static final String ID = "_id";
    private static final String CLAIMS = "acceptanceClaims";
    private static final String REVISION = "acceptanceClaimsRevision";
    private static final String APPLICATION = "applicationId";
    private static final String START = "start";
    private static final String END = "end";
    private static final String CLAIMED_AT = "claimedAt";

    private final MongoOperations mongo;
    private final String collection;

    AcceptanceClaimsFields(MongoOperations mongo, String collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    AcceptanceClaims read(String learnerId) {
        Query query = Query.query(Criteria.where(ID).is(learnerId));
        query.fields().include(CLAIMS, REVISION);
        Document stored = mongo.findOne(query, Document.class, collection);
        if (stored == null || stored.get(REVISION) == null) {
            return AcceptanceClaims.none(learnerId);
        }
        List<AcceptanceClaims.Claim> claims = stored.getList(CLAIMS, Document.class, List.of()).stream()
                .map(claim -> new AcceptanceClaims.Claim(claim.getString(APPLICATION),
                        new DateRange(LocalDate.parse(claim.getString(START)), LocalDate.parse(claim.getString(END))),
                        claim.getDate(CLAIMED_AT).toInstant()))
                .toList();
        return new AcceptanceClaims(learnerId, claims, ((Number) stored.get(REVISION)).longValue());
    }

    /** A profile that never had claims has no revision field: revision 0 matches its absence. */
    AcceptanceClaims write(AcceptanceClaims claims) {
        Criteria revision = claims.revision() == 0 ? Criteria.where(REVISION).exists(false)
                : Criteria.where(REVISION).is(claims.revision());
        Query sameRevision = Query.query(Criteria.where(ID).is(claims.learnerId())).addCriteria(revision);
        Update update = new Update().set(CLAIMS, claims.claims().stream().map(AcceptanceClaimsFields::bson).toList())
                .set(REVISION, claims.revision() + 1);
        if (mongo.updateFirst(sameRevision, update, collection).getMatchedCount() == 0) {
            if (!mongo.exists(Query.query(Criteria.where(ID).is(claims.learnerId())), collection)) {
                throw new NotFoundException("Learner", claims.learnerId());
            }
            throw new ConcurrentUpdateException("Learner", claims.learnerId());
        }
        return new AcceptanceClaims(claims.learnerId(), claims.claims(), claims.revision() + 1);
    }

    private static Document bson(AcceptanceClaims.Claim claim) {
        return new Document(APPLICATION, claim.applicationId())
                .append(START, claim.period().start().toString())
                .append(END, claim.period().end().toString())
                .append(CLAIMED_AT, Date.from(claim.claimedAt()));
    }
}
