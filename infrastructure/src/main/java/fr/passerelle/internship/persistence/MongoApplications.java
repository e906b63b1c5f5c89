package fr.passerelle.internship.persistence;

import fr.passerelle.internship.model.Application;
import fr.passerelle.internship.model.ApplicationOrderField;
import fr.passerelle.internship.model.ApplicationScope;
import fr.passerelle.internship.model.ApplicationStatus;
import fr.passerelle.internship.port.out.Applications;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import fr.passerelle.shared.persistence.DocumentStore;
import fr.passerelle.shared.persistence.EventDocumentMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoApplications extends DocumentStore<Application, ApplicationDocument> implements Applications {

    private static final String OFFER = "offerId";
    private static final String LEARNER = "learnerId";
    private static final String SCHOOL = "schoolId";
    private static final String STATUS = "status";
    private static final String CREATED = "createdAt";

    MongoApplications(MongoOperations mongo, EventDocumentMapper events, ApplicationDocumentMapper mapper) {
        super(mongo, events, ApplicationDocument.class, OFFER, mapper::toDomain, mapper::toDocument);
    }

    @Override
    public Optional<Application> findByOfferAndLearner(String offerId, String learnerId) {
        return findOne(Query.query(Criteria.where(OFFER).is(offerId).and(LEARNER).is(learnerId)));
    }

    @Override
    public List<Application> findByLearner(String learnerId, Set<ApplicationStatus> statuses, int limit) {
        return limit <= 0 ? List.of()
                : find(Query.query(Criteria.where(LEARNER).is(learnerId).and(STATUS).in(statuses)).limit(limit));
    }

    @Override
    public List<Application> findByOffer(String offerId, Set<ApplicationStatus> statuses, int limit) {
        return limit <= 0 ? List.of()
                : find(Query.query(Criteria.where(OFFER).is(offerId).and(STATUS).in(statuses)).limit(limit));
    }

    @Override
    public Page<Application> search(ApplicationScope scope, Sort<ApplicationOrderField> sort, Paging paging) {
        if (scope.isEmpty()) {
            return Page.empty();
        }
        Criteria criteria = criteria(scope);
        return switch (sort.field()) {
            case CREATED_AT -> page(criteria, CREATED, sort.ascending(), paging, ApplicationDocument::createdAt);
            case UPDATED_AT -> page(criteria, "updatedAt", sort.ascending(), paging, ApplicationDocument::updatedAt);
        };
    }

    /** One aggregation for every offer: the scope's applications of these offers, newest first. */
    @Override
    public Map<String, Page<Application>> firstPagesByOffer(Collection<String> offerIds, ApplicationScope scope,
                                                            int size) {
        if (scope.isEmpty()) {
            // It sees nothing: a page size of 0 maps every offer to an empty page without reading.
            return firstPages(offerIds, OFFER, new Criteria(), CREATED, false, 0, ApplicationDocument::createdAt);
        }
        return firstPages(offerIds, OFFER, criteria(scope.forOffer(null)), CREATED, false, size,
                ApplicationDocument::createdAt);
    }

    private static Criteria criteria(ApplicationScope scope) {
        List<Criteria> where = new ArrayList<>();
        if (scope.offerId() != null) {
            where.add(Criteria.where(OFFER).is(scope.offerId()));
        }
        if (scope.learnerId() != null) {
            where.add(Criteria.where(LEARNER).is(scope.learnerId()));
        }
        if (scope.schoolId() != null) {
            where.add(Criteria.where(SCHOOL).is(scope.schoolId()));
        }
        if (!scope.statuses().isEmpty()) {
            where.add(Criteria.where(STATUS).in(scope.statuses()));
        }
        var visible = scope.visibleTo();
        if (visible != null) {
            List<Criteria> any = new ArrayList<>();
            if (visible.learnerSubject() != null) {
                any.add(Criteria.where("learnerSubject").is(visible.learnerSubject()));
            }
            if (!visible.companyIds().isEmpty()) {
                any.add(Criteria.where("companyId").in(visible.companyIds()));
            }
            if (!visible.schoolIds().isEmpty()) {
                any.add(Criteria.where(SCHOOL).in(visible.schoolIds()));
            }
            where.add(new Criteria().orOperator(any));
        }
        return allOf(where);
    }
}
