package fr.passerelle.agreement.persistence;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.AgreementScope;
import fr.passerelle.agreement.model.AgreementStatus;
import fr.passerelle.agreement.port.out.Agreements;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.persistence.DocumentStore;
import fr.passerelle.shared.persistence.EventDocumentMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoAgreements extends DocumentStore<Agreement, AgreementDocument> implements Agreements {

    /** The service derives an application's agreement id from the application id: a taken id is a taken application. */
    private static final String UNIQUE_KEY = "applicationId";
    private static final String LEARNER = "learnerId";
    private static final String STATUS = "status";
    private static final String CREATED = "createdAt";
    /** Agreements whose tutor no longer follows the intern. */
    private static final List<AgreementStatus> ENDED = List.of(AgreementStatus.CANCELLED, AgreementStatus.COMPLETED,
            AgreementStatus.INTERRUPTED);

    MongoAgreements(MongoOperations mongo, EventDocumentMapper events, AgreementDocumentMapper mapper) {
        super(mongo, events, AgreementDocument.class, UNIQUE_KEY, mapper::toDomain, mapper::toDocument);
    }

    @Override
    public Page<Agreement> search(AgreementScope scope, Paging paging) {
        if (scope.isEmpty()) {
            return Page.empty();
        }
        return page(criteria(scope), CREATED, false, paging, AgreementDocument::createdAt);
    }

    @Override
    public List<Agreement> findLiveByLearners(Collection<String> learnerIds, int limit) {
        return limit <= 0 || learnerIds.isEmpty() ? List.of() : find(newestFirst(Criteria.where(LEARNER)
                .in(learnerIds).and(STATUS).ne(AgreementStatus.CANCELLED), limit));
    }

    @Override
    public List<Agreement> findLiveByTutorEmails(Collection<String> tutorEmails, int limit) {
        List<String> keys = tutorEmails.stream().filter(Objects::nonNull).map(AgreementDocument::emailKey).toList();
        return limit <= 0 || keys.isEmpty() ? List.of() : find(newestFirst(Criteria.where("tutorEmail").in(keys)
                .and(STATUS).nin(ENDED), limit));
    }

    /** Dates are stored as ISO-8601 text, whose order is the calendar's. */
    @Override
    public List<Agreement> findLiveByCompanies(Collection<String> companyIds, LocalDate from, LocalDate to,
                                               int limit) {
        return limit <= 0 || companyIds.isEmpty() ? List.of() : find(newestFirst(Criteria.where("companyId")
                .in(companyIds).and(STATUS).ne(AgreementStatus.CANCELLED)
                .and("terms.period.end").gte(from.toString()).and("terms.period.start").lte(to.toString()), limit));
    }

    /** Newest first, so that a cut list keeps the agreements that matter now. */
    private static Query newestFirst(Criteria criteria, int limit) {
        return Query.query(criteria).with(Sort.by(Sort.Direction.DESC, CREATED, "_id")).limit(limit);
    }

    private static Criteria criteria(AgreementScope scope) {
        List<Criteria> where = new ArrayList<>();
        if (scope.learnerId() != null) {
            where.add(Criteria.where(LEARNER).is(scope.learnerId()));
        }
        if (!scope.statuses().isEmpty()) {
            where.add(Criteria.where(STATUS).in(scope.statuses()));
        }
        AgreementScope.Visibility visible = scope.visibleTo();
        if (visible != null) {
            List<Criteria> any = new ArrayList<>();
            if (visible.subject() != null) {
                any.add(Criteria.where("learnerSubject").is(visible.subject()));
            }
            if (!visible.schoolIds().isEmpty()) {
                any.add(Criteria.where("schoolId").in(visible.schoolIds()));
            }
            if (!visible.companyIds().isEmpty()) {
                any.add(Criteria.where("companyId").in(visible.companyIds()));
            }
            if (visible.email() != null) {
                any.add(Criteria.where("signatoryEmails").is(AgreementDocument.emailKey(visible.email())));
            }
            where.add(new Criteria().orOperator(any));
        }
        return allOf(where);
    }
}
