package fr.passerelle.learner.persistence;

import fr.passerelle.learner.model.AcceptanceClaims;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.model.LearnerFilter;
import fr.passerelle.learner.model.LearnerName;
import fr.passerelle.learner.model.LearnerOrderField;
import fr.passerelle.learner.port.out.Learners;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import fr.passerelle.shared.persistence.DocumentStore;
import fr.passerelle.shared.persistence.EventDocumentMapper;
import fr.passerelle.shared.persistence.SearchKeys;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoLearners extends DocumentStore<Learner, LearnerDocument> implements Learners {

    static final String SUBJECT_KEY = "subject";
    static final String ENROLMENT_KEY = "externalStudentId";

    private static final String ID = "_id";
    private static final String SUBJECT = "subject";
    private static final String ENROLMENT = "enrolmentKey";
    private static final String SCHOOL = "academic.schoolId";
    private static final String DETACHMENT = "detachment";
    private static final String MERGED_INTO = "detachment.mergedInto";
    private static final String IDENTITY = "identity";
    private static final String FIRST_NAME = IDENTITY + ".firstName";
    private static final String LAST_NAME = IDENTITY + ".lastName";

    private final MongoOperations mongo;
    private final AcceptanceClaimsFields acceptanceClaims;

    MongoLearners(MongoOperations mongo, EventDocumentMapper events, LearnerDocumentMapper mapper) {
        super(mongo, events, LearnerDocument.class, ENROLMENT_KEY, mapper::toDomain, mapper::toDocument);
        this.mongo = mongo;
        this.acceptanceClaims = new AcceptanceClaimsFields(mongo, collectionName());
    }

    /** As {@link DocumentStore#insert}, a duplicate reported under the unique value actually taken. */
    @Override
    public Learner insert(Learner learner, DomainEvent event) {
        try {
            return super.insert(learner, event);
        } catch (DuplicateKeyException e) {
            throw duplicateOf(learner, e);
        }
    }

    /** As {@link DocumentStore#update}, a duplicate reported under the unique value actually taken. */
    @Override
    public Learner update(Learner learner, DomainEvent event) {
        try {
            return super.update(learner, event);
        } catch (DuplicateKeyException e) {
            throw duplicateOf(learner, e);
        }
    }

    /**
     * Only the names and what decides who may read them, kept as BSON: a list showing names (an application's
     * learner) costs neither the rest of each profile's decoding nor its mapping into a whole learner.
     */
    @Override
    public List<LearnerName> findNames(Collection<String> learnerIds) {
        if (learnerIds.isEmpty()) {
            return List.of();
        }
        Query query = Query.query(Criteria.where(ID).in(learnerIds));
        query.fields().include(FIRST_NAME, LAST_NAME, SUBJECT, SCHOOL);
        return mongo.find(query, Document.class, collectionName()).stream().map(MongoLearners::name).toList();
    }

    @Override
    public Optional<Learner> findBySubject(String subject) {
        return subject == null ? Optional.empty() : findOne(Query.query(Criteria.where(SUBJECT).is(subject)));
    }

    @Override
    public List<Learner> findUnclaimedByEmail(EmailAddress email, int limit) {
        // is(null) matches a missing field as well as a null one.
        return find(Query.query(Criteria.where("identity.email").is(email.value()).and(SUBJECT).is(null)
                .and(DETACHMENT).is(null)), limit);
    }

    @Override
    public List<Learner> findUnclaimedByEmailInSchool(EmailAddress email, String schoolId, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return find(Query.query(Criteria.where("identity.email").is(email.value()).and(SUBJECT).is(null)
                .and(DETACHMENT).is(null).and(SCHOOL).is(schoolId)).limit(limit));
    }

    @Override
    public List<Learner> matchCandidates(Set<String> onlySchoolIds, Set<String> anySkillCodes, int limit) {
        if (limit <= 0 || (onlySchoolIds != null && onlySchoolIds.isEmpty())) {
            return List.of();
        }
        List<Criteria> where = new ArrayList<>();
        where.add(Criteria.where(MERGED_INTO).is(null));
        if (onlySchoolIds != null) {
            where.add(Criteria.where(SCHOOL).in(onlySchoolIds));
        }
        if (!anySkillCodes.isEmpty()) {
            where.add(Criteria.where("skillCodes").in(anySkillCodes));
        }
        return find(new Query(allOf(where)).limit(limit));
    }

    /** One read through the unique enrolment index; the school criterion keeps the match exact. */
    @Override
    public List<Learner> findBySchoolAndExternalIds(String schoolId, Collection<String> externalStudentIds) {
        List<String> keys = externalStudentIds.stream().filter(Objects::nonNull).distinct()
                .map(externalId -> LearnerDocument.enrolmentKey(schoolId, externalId)).toList();
        if (schoolId == null || keys.isEmpty()) {
            return List.of();
        }
        return find(Query.query(Criteria.where(ENROLMENT).in(keys).and(SCHOOL).is(schoolId)));
    }

    @Override
    public Page<Learner> search(LearnerFilter filter, Set<String> onlySchoolIds, Sort<LearnerOrderField> sort,
                                Paging paging) {
        if (onlySchoolIds != null && onlySchoolIds.isEmpty()) {
            return Page.empty();
        }
        List<Criteria> where = new ArrayList<>();
        where.add(Criteria.where(MERGED_INTO).is(null)); // a merged duplicate is kept for the audit trail only
        if (onlySchoolIds != null) {
            where.add(Criteria.where(SCHOOL).in(onlySchoolIds));
        }
        if (filter.programCode() != null) {
            where.add(Criteria.where("academic.programCode").is(filter.programCode()));
        }
        if (filter.graduationYear() != null) {
            where.add(Criteria.where("graduationYearKey").is(LearnerDocument.graduationYearKey(filter.graduationYear())));
        }
        if (!filter.skillCodes().isEmpty()) {
            where.add(Criteria.where("skillCodes").all(filter.skillCodes()));
        }
        if (filter.readinessMin() != null || filter.readinessMax() != null) {
            Criteria readiness = Criteria.where("readinessScore");
            if (filter.readinessMin() != null) {
                readiness = readiness.gte(filter.readinessMin());
            }
            if (filter.readinessMax() != null) {
                readiness = readiness.lte(filter.readinessMax());
            }
            where.add(readiness);
        }
        if (filter.status() != null) {
            where.add(Criteria.where("status").is(filter.status()));
        }
        if (filter.nameContains() != null && !filter.nameContains().isBlank()) {
            where.add(Criteria.where("nameKey").regex(SearchKeys.containing(filter.nameContains())));
        }
        Criteria criteria = allOf(where);
        boolean ascending = sort.ascending();
        return switch (sort.field()) {
            case NAME -> page(criteria, "nameKey", ascending, paging, LearnerDocument::nameKey);
            case GRADUATION_YEAR -> page(criteria, "graduationYearKey", ascending, numeric(paging),
                    LearnerDocument::graduationYearKey);
            case READINESS -> page(criteria, "readinessScore", ascending, numeric(paging),
                    document -> (long) document.readinessScore());
            case CREATED_AT -> page(criteria, "createdAt", ascending, paging, LearnerDocument::createdAt);
        };
    }

    @Override
    public AcceptanceClaims acceptanceClaims(String learnerId) {
        return acceptanceClaims.read(learnerId);
    }

    @Override
    public AcceptanceClaims saveAcceptanceClaims(AcceptanceClaims claims) {
        return acceptanceClaims.write(claims);
    }

    /**
     * Which unique value the write collided with. {@link DocumentStore} reports every duplicate under the
     * constructor's key ({@value #ENROLMENT_KEY}) and keeps no detail of the index, so the collision is looked up:
     * another learner holding the same subject means "subject". (Learners are never deleted, so the colliding
     * document is still there.)
     */
    private DuplicateKeyException duplicateOf(Learner learner, DuplicateKeyException reported) {
        if (learner.subject() != null && mongo.exists(Query.query(Criteria.where(SUBJECT).is(learner.subject())
                .and(ID).ne(learner.id())), LearnerDocument.class)) {
            return new DuplicateKeyException(SUBJECT_KEY);
        }
        return reported;
    }

    private static LearnerName name(Document stored) {
        Document identity = stored.get(IDENTITY, Document.class);
        Document academic = stored.get("academic", Document.class);
        return new LearnerName(stored.getString(ID), identity.getString("firstName"), identity.getString("lastName"),
                stored.getString(SUBJECT), academic == null ? null : academic.getString("schoolId"));
    }
}
