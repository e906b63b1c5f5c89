package fr.passerelle.internship.persistence;

import fr.passerelle.internship.model.InternshipOffer;
import fr.passerelle.internship.model.MatchPrefilter;
import fr.passerelle.internship.model.MatchTerms;
import fr.passerelle.internship.model.OfferFilter;
import fr.passerelle.internship.model.OfferOrderField;
import fr.passerelle.internship.model.OfferScope;
import fr.passerelle.internship.model.OfferStatus;
import fr.passerelle.internship.model.WorkMode;
import fr.passerelle.internship.port.out.InternshipOffers;
import fr.passerelle.shared.model.GeoBox;
import fr.passerelle.shared.model.GeoPoint;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import fr.passerelle.shared.persistence.DocumentStore;
import fr.passerelle.shared.persistence.EventDocumentMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoOffers extends DocumentStore<InternshipOffer, OfferDocument> implements InternshipOffers {

    private static final String STATUS = "status";
    private static final String START = "terms.startDate";
    private static final String LATITUDE = "terms.location.latitude";
    private static final String LONGITUDE = "terms.location.longitude";
    private static final String WORK_MODE = "terms.workMode";
    private static final String SKILLS = "skillCodes";

    private final MongoOperations mongo;

    MongoOffers(MongoOperations mongo, EventDocumentMapper events, OfferDocumentMapper mapper) {
        super(mongo, events, OfferDocument.class, "id", mapper::toDomain, mapper::toDocument);
        this.mongo = mongo;
    }

    @Override
    public Page<InternshipOffer> search(OfferFilter filter, OfferScope scope, Sort<OfferOrderField> sort,
                                        Paging paging) {
        if (scope.statuses().isEmpty()) {
            return Page.empty();
        }
        List<Criteria> where = new ArrayList<>();
        if (scope.companyId() != null) {
            where.add(Criteria.where("companyId").is(scope.companyId()));
        }
        where.add(statuses(scope.statuses(), scope.today()));
        if (scope.publishedOnly()) {
            where.add(Criteria.where("publishedAt").ne(null));
        }
        List<String> keywords = OfferTokens.of(filter.keywords());
        if (!keywords.isEmpty()) {
            where.add(Criteria.where("searchTokens").all(keywords));
        }
        if (!filter.kinds().isEmpty()) {
            where.add(Criteria.where("terms.kind").in(filter.kinds()));
        }
        if (!filter.workModes().isEmpty()) {
            where.add(Criteria.where(WORK_MODE).in(filter.workModes()));
        }
        if (filter.startsFrom() != null) {
            where.add(Criteria.where(START).gte(filter.startsFrom().toString()));
        }
        if (filter.startsTo() != null) {
            where.add(Criteria.where(START).lte(filter.startsTo().toString()));
        }
        if (filter.minMonthlyStipend() != null) {
            where.add(Criteria.where("terms.monthlyStipend.currency")
                    .is(filter.minMonthlyStipend().currency().getCurrencyCode())
                    .and("stipendKey").gte(filter.minMonthlyStipend().amountInMinorUnits()));
        }
        Predicate<OfferDocument> exact = document -> true;
        if (filter.near() != null && filter.withinKm() != null) {
            where.add(remoteOr(GeoBox.around(filter.near(), filter.withinKm())));
            exact = document -> within(document, filter.near(), filter.withinKm());
        }
        Criteria criteria = allOf(where);
        boolean ascending = sort.ascending();
        return switch (sort.field()) {
            case PUBLISHED_AT -> page(criteria, "listedAt", ascending, paging, OfferDocument::listedAt, exact);
            case START_DATE -> page(criteria, START, ascending, paging, document -> document.terms().startDate(),
                    exact);
            case STIPEND -> page(criteria, "stipendKey", ascending, numeric(paging), OfferDocument::stipendKey,
                    exact);
        };
    }

    @Override
    public List<MatchTerms> matchCandidates(MatchPrefilter prefilter, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        List<Criteria> where = new ArrayList<>();
        where.add(Criteria.where(STATUS).is(OfferStatus.PUBLISHED).and(START).gte(prefilter.today().toString()));
        where.add(prefilter.schoolId() == null
                ? Criteria.where("terms.targetSchoolIds").size(0)
                : new Criteria().orOperator(Criteria.where("terms.targetSchoolIds").size(0),
                        Criteria.where("terms.targetSchoolIds").is(prefilter.schoolId())));
        if (prefilter.box() != null) {
            where.add(remoteOr(prefilter.box()));
        } else if (!prefilter.skillCodes().isEmpty()) {
            where.add(new Criteria().orOperator(Criteria.where(SKILLS).in(prefilter.skillCodes()),
                    Criteria.where(SKILLS).size(0)));
        }
        Query query = new Query(allOf(where)).limit(limit);
        OfferMatchTerms.project(query.fields());
        return mongo.find(query, Document.class, collectionName()).stream().map(OfferMatchTerms::read).toList();
    }

    /**
     * The statuses as of today: PUBLISHED means published and not started, EXPIRED stored as such or published and
     * started; the others are stored as they are.
     */
    private static Criteria statuses(Set<OfferStatus> statuses, LocalDate today) {
        List<Criteria> any = new ArrayList<>();
        List<OfferStatus> stored = statuses.stream()
                .filter(s -> s != OfferStatus.PUBLISHED && s != OfferStatus.EXPIRED).toList();
        if (!stored.isEmpty()) {
            any.add(Criteria.where(STATUS).in(stored));
        }
        if (statuses.contains(OfferStatus.PUBLISHED)) {
            any.add(Criteria.where(STATUS).is(OfferStatus.PUBLISHED).and(START).gte(today.toString()));
        }
        if (statuses.contains(OfferStatus.EXPIRED)) {
            any.add(Criteria.where(STATUS).is(OfferStatus.EXPIRED));
            any.add(Criteria.where(STATUS).is(OfferStatus.PUBLISHED).and(START).lt(today.toString()));
        }
        return any.size() == 1 ? any.get(0) : new Criteria().orOperator(any);
    }

    /** Sited inside the box, or remote (which every distance qualifies). */
    private static Criteria remoteOr(GeoBox box) {
        return new Criteria().orOperator(Criteria.where(WORK_MODE).is(WorkMode.REMOTE),
                Criteria.where(LATITUDE).gte(box.minLatitude()).lte(box.maxLatitude())
                        .and(LONGITUDE).gte(box.minLongitude()).lte(box.maxLongitude()));
    }

    private static boolean within(OfferDocument document, GeoPoint near, int km) {
        var location = document.terms().location();
        return document.terms().workMode() == WorkMode.REMOTE || (location != null
                && near.distanceKm(new GeoPoint(location.latitude(), location.longitude())) <= km);
    }
}
