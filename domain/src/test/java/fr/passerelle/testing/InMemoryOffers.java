package fr.passerelle.testing;

import fr.passerelle.internship.model.InternshipOffer;
import fr.passerelle.internship.model.MatchPrefilter;
import fr.passerelle.internship.model.MatchTerms;
import fr.passerelle.internship.model.OfferFilter;
import fr.passerelle.internship.model.OfferOrderField;
import fr.passerelle.internship.model.OfferScope;
import fr.passerelle.internship.model.OfferStatus;
import fr.passerelle.internship.model.SkillRequirement;
import fr.passerelle.internship.model.WorkMode;
import fr.passerelle.internship.port.out.InternshipOffers;
import fr.passerelle.shared.paging.Keyset;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@link InternshipOffers} in a map. {@link #search} honours the scope (statuses as of its day, published only) and
 * the kind, work
 * mode and start-date criteria; keywords, distance and stipend are the adapter's (tested there). Paging takes the
 * first {@code paging.size()} matches by id, every keyset carrying the id. {@link #matchCandidates} applies the
 * whole prefilter.
 */
public class InMemoryOffers extends InMemoryStore<InternshipOffer> implements InternshipOffers {

    public InMemoryOffers() {
        super("id", InternshipOffer::id, (o, version) -> new InternshipOffer(o.id(), o.companyId(), o.terms(),
                o.status(), o.termsVersion(), o.acceptedApplicationIds(), o.createdBy(), o.createdAt(),
                o.updatedAt(), o.publishedAt(), version));
    }

    @Override
    public Page<InternshipOffer> search(OfferFilter filter, OfferScope scope, Sort<OfferOrderField> sort,
                                        Paging paging) {
        List<InternshipOffer> found = byId.values().stream()
                .filter(o -> scope.companyId() == null || scope.companyId().equals(o.companyId()))
                .filter(o -> scope.statuses().contains(o.statusOn(scope.today())))
                .filter(o -> !scope.publishedOnly() || o.publishedAt() != null)
                .filter(o -> filter.kinds().isEmpty() || filter.kinds().contains(o.terms().kind()))
                .filter(o -> filter.workModes().isEmpty() || filter.workModes().contains(o.terms().workMode()))
                .filter(o -> filter.startsFrom() == null || !o.terms().startDate().isBefore(filter.startsFrom()))
                .filter(o -> filter.startsTo() == null || !o.terms().startDate().isAfter(filter.startsTo()))
                .toList();
        List<InternshipOffer> page = found.stream().limit(paging.size()).toList();
        return new Page<>(page, page.stream().map(o -> new Keyset(o.id(), o.id())).toList(),
                found.size() > paging.size(), false);
    }

    @Override
    public List<MatchTerms> matchCandidates(MatchPrefilter prefilter, int limit) {
        return byId.values().stream()
                .filter(o -> o.status() == OfferStatus.PUBLISHED)
                .filter(o -> !o.terms().startDate().isBefore(prefilter.today()))
                .filter(o -> o.terms().targetSchoolIds().isEmpty() || (prefilter.schoolId() != null
                        && o.terms().targetSchoolIds().contains(prefilter.schoolId())))
                .filter(o -> prefilter.box() == null || o.terms().workMode() == WorkMode.REMOTE
                        || (o.terms().location() != null && prefilter.box().contains(o.terms().location())))
                .filter(o -> prefilter.skillCodes().isEmpty() || asksNoSkill(o)
                        || Stream.concat(o.terms().requiredSkills().stream(), o.terms().niceToHaveSkills().stream())
                        .map(SkillRequirement::code).anyMatch(prefilter.skillCodes()::contains))
                .limit(limit)
                .map(MatchTerms::of)
                .toList();
    }

    private static boolean asksNoSkill(InternshipOffer offer) {
        return offer.terms().requiredSkills().isEmpty() && offer.terms().niceToHaveSkills().isEmpty();
    }
}
