package fr.passerelle.internship.graphql;

import fr.passerelle.api.graphql.Batches;
import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.PageArguments;
import fr.passerelle.company.graphql.CompanyCardView;
import fr.passerelle.company.model.CompanyCard;
import fr.passerelle.company.model.Site;
import fr.passerelle.company.port.in.CompanyUseCases;
import fr.passerelle.internship.graphql.OfferInputs.FilterInput;
import fr.passerelle.internship.graphql.OfferInputs.OrderByInput;
import fr.passerelle.internship.model.OfferStatus;
import fr.passerelle.internship.port.in.OfferUseCases;
import fr.passerelle.membership.graphql.MembershipView;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.port.in.MembershipUseCases;
import fr.passerelle.school.graphql.SchoolCardView;
import fr.passerelle.school.graphql.SchoolView;
import fr.passerelle.school.model.SchoolCard;
import fr.passerelle.school.port.in.SchoolUseCases;
import graphql.relay.Connection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * What an offer points at, as objects a screen shows rather than ids: the company's public card, the site, the tutor
 * and the target schools' cards, each read once for a whole page of offers; and a company card's published offers.
 */
@Controller
class OfferRelationsController {

    /** What a company card lists: every offer a learner may have seen, never a draft. */
    private static final Set<OfferStatus> PUBLIC_STATUSES = EnumSet.complementOf(EnumSet.of(OfferStatus.DRAFT));

    private final OfferUseCases offers;
    private final CompanyUseCases companies;
    private final SchoolUseCases schools;
    private final MembershipUseCases memberships;
    private final OfferController offerViews;

    OfferRelationsController(OfferUseCases offers, CompanyUseCases companies, SchoolUseCases schools,
                             MembershipUseCases memberships, OfferController offerViews) {
        this.offers = offers;
        this.companies = companies;
        this.schools = schools;
        this.memberships = memberships;
        this.offerViews = offerViews;
    }

    /** One read for the cards of the companies of a whole page of offers. */
    @BatchMapping(typeName = OfferView.TYPE)
    Map<OfferView, CompanyCardView> companyCard(List<OfferView> listed, @ContextValue Actor actor) {
        Map<String, CompanyCardView> byId = companies.cards(actor, companyIds(listed)).stream()
                .collect(Collectors.toMap(CompanyCard::id, CompanyCardView::of));
        return Batches.byParent(listed, OfferView::companyId, byId);
    }

    /** One read for the sites of a whole page of offers (each view is of an offer the actor sees). */
    @BatchMapping(typeName = OfferView.TYPE)
    Map<OfferView, Site> site(List<OfferView> listed) {
        Map<String, List<Site>> sitesByCompany = offers.companySites(companyIds(listed));
        Map<OfferView, Site> result = new HashMap<>();
        listed.forEach(offer -> sitesByCompany.getOrDefault(offer.companyId(), List.of()).stream()
                .filter(site -> site.id().equals(offer.siteId())).findFirst()
                .ifPresent(site -> result.put(offer, site)));
        return result;
    }

    /** One read for the tutors of a whole page of offers; null where the actor may not read the membership. */
    @BatchMapping(typeName = OfferView.TYPE)
    Map<OfferView, MembershipView> tutor(List<OfferView> listed, @ContextValue Actor actor) {
        Function<OfferView, String> tutorId = offer -> offer.tutorMembershipId() == null ? null
                : GlobalIds.localId(offer.tutorMembershipId(), MembershipView.TYPE);
        List<String> ids = listed.stream().map(tutorId).filter(Objects::nonNull).distinct().toList();
        Map<String, MembershipView> byId = ids.isEmpty() ? Map.of() : memberships.findAll(actor, ids).stream()
                .collect(Collectors.toMap(membership -> membership.id(), MembershipView::of));
        return Batches.byParent(listed, tutorId, byId);
    }

    /** One read for the target schools' cards of a whole page of offers, each offer's by name. */
    @BatchMapping(typeName = OfferView.TYPE)
    Map<OfferView, List<SchoolCardView>> targetSchools(List<OfferView> listed, @ContextValue Actor actor) {
        Function<String, String> local = id -> GlobalIds.localId(id, SchoolView.TYPE);
        Map<String, SchoolCardView> byId = schools.cards(actor, listed.stream()
                        .flatMap(offer -> offer.targetSchoolIds().stream()).map(local).distinct().toList())
                .stream().collect(Collectors.toMap(SchoolCard::id, SchoolCardView::of));
        Map<OfferView, List<SchoolCardView>> result = new HashMap<>();
        listed.forEach(offer -> result.put(offer, offer.targetSchoolIds().stream().map(local).map(byId::get)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(SchoolCardView::name)).toList()));
        return result;
    }

    @SchemaMapping(typeName = CompanyCardView.TYPE, field = "offers")
    Connection<OfferView> companyCardOffers(CompanyCardView card, @Arguments PageArguments page,
                                            @Argument OrderByInput orderBy, @ContextValue Actor actor) {
        OrderByInput order = orderBy != null ? orderBy : OrderByInput.DEFAULT;
        var connection = page.orderedBy(order);
        return connection.connection(offers.ofCompany(actor, card.localId(), PUBLIC_STATUSES, FilterInput.toFilter(null), order.sort(),
                connection.paging()), offerViews.view());
    }

    private static List<String> companyIds(List<OfferView> listed) {
        return listed.stream().map(OfferView::companyId).distinct().toList();
    }
}
