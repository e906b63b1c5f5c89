package fr.passerelle.internship.service;

import fr.passerelle.company.model.Company;
import fr.passerelle.company.model.Site;
import fr.passerelle.company.port.out.Companies;
import fr.passerelle.internship.model.InternshipOffer;
import fr.passerelle.internship.model.OfferEvents;
import fr.passerelle.internship.model.OfferFilter;
import fr.passerelle.internship.model.OfferOrderField;
import fr.passerelle.internship.model.OfferScope;
import fr.passerelle.internship.model.OfferStatus;
import fr.passerelle.internship.model.OfferTerms;
import fr.passerelle.internship.port.in.OfferCommand;
import fr.passerelle.internship.port.in.OfferUseCases;
import fr.passerelle.internship.port.out.InternshipOffers;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.school.model.School;
import fr.passerelle.school.port.out.Schools;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.service.VersionedChange;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.DateWindow;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

public class OfferService implements OfferUseCases {

    private final InternshipOffers offers;
    private final Companies companies;
    private final Schools schools;
    private final Memberships memberships;
    private final IdGenerator ids;
    private final EventFactory events;
    private final Clock clock;

    public OfferService(InternshipOffers offers, Companies companies, Schools schools, Memberships memberships,
                        IdGenerator ids, EventFactory events, Clock clock) {
        this.offers = offers;
        this.companies = companies;
        this.schools = schools;
        this.memberships = memberships;
        this.ids = ids;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public InternshipOffer create(Actor actor, String companyId, OfferCommand command) {
        Company company = companies.findById(companyId).filter(c -> OfferAccess.readsAllOf(actor, c.id()))
                .orElseThrow(() -> new NotFoundException("Company", companyId));
        requireManager(actor, companyId);
        OfferTerms terms = validTerms(company, command);
        InternshipOffer offer = InternshipOffer.draft(ids.newId(), companyId, terms, actor.subject(), clock.instant());
        return offers.insert(offer, events.created(OfferEvents.CREATED, initiator(actor, offer), offer,
                attributes(offer)));
    }

    @Override
    public InternshipOffer update(Actor actor, String offerId, OfferCommand command, Long expectedVersion) {
        InternshipOffer current = managed(actor, offerId);
        requireNotExpired(current);
        Company company = companies.findById(current.companyId())
                .orElseThrow(() -> new NotFoundException("InternshipOffer", offerId));
        OfferTerms terms = validTerms(company, command);
        if (current.status() == OfferStatus.PUBLISHED && terms.startDate().isBefore(today())) {
            throw BusinessRuleViolation.of("startDate", ErrorCode.INVALID_STATE,
                    "error.offer.start-past-publish");
        }
        return change(actor, offerId, expectedVersion,
                offer -> offer.revisesEssentials(terms) ? OfferEvents.TERMS_REVISED : OfferEvents.EDITED,
                offer -> offer.withTerms(terms, clock.instant()));
    }

    @Override
    public InternshipOffer publish(Actor actor, String offerId) {
        InternshipOffer draft = managed(actor, offerId);
        boolean verified = companies.findById(draft.companyId()).map(Company::canPublishToLearners).orElse(false);
        if (!verified) {
            throw BusinessRuleViolation.of("companyId", ErrorCode.INVALID_STATE,
                    "error.company.not-verified");
        }
        return change(actor, offerId, null, offer -> OfferEvents.PUBLISHED,
                offer -> offer.published(today(), clock.instant()));
    }

    @Override
    public InternshipOffer close(Actor actor, String offerId) {
        return change(actor, offerId, null, offer -> OfferEvents.CLOSED, offer -> {
            requireNotExpired(offer);
            return offer.closed(clock.instant());
        });
    }

    @Override
    public Optional<InternshipOffer> find(Actor actor, String offerId) {
        return offers.findById(offerId).filter(offer -> OfferAccess.canRead(actor, offer));
    }

    @Override
    public List<InternshipOffer> findAll(Actor actor, Collection<String> offerIds) {
        return offers.findAllById(offerIds).stream().filter(offer -> OfferAccess.canRead(actor, offer)).toList();
    }

    @Override
    public Page<InternshipOffer> search(Actor actor, OfferFilter filter, Sort<OfferOrderField> sort, Paging paging) {
        return offers.search(filter.within(DateWindow.plans(today())), OfferScope.board(today()), sort, paging);
    }

    @Override
    public Page<InternshipOffer> ofCompany(Actor actor, String companyId, Set<OfferStatus> statuses,
                                          OfferFilter filter, Sort<OfferOrderField> sort, Paging paging) {
        boolean insider = OfferAccess.readsAllOf(actor, companyId);
        Set<OfferStatus> visible = insider ? EnumSet.allOf(OfferStatus.class)
                : EnumSet.complementOf(EnumSet.of(OfferStatus.DRAFT));
        Set<OfferStatus> listed = statuses.isEmpty() ? visible
                : statuses.stream().filter(visible::contains).collect(Collectors.toSet());
        return listed.isEmpty() ? Page.empty()
                : offers.search(filter.within(DateWindow.plans(today())),
                OfferScope.company(companyId, listed, today(), !insider), sort, paging);
    }

    @Override
    public Map<String, String> companyNames(Collection<String> companyIds) {
        return companies.findAllById(companyIds).stream()
                .collect(Collectors.toMap(Company::id, company -> company.profile().displayName()));
    }

    @Override
    public Map<String, List<Site>> companySites(Collection<String> companyIds) {
        return companies.findAllById(companyIds).stream().collect(Collectors.toMap(Company::id, Company::sites));
    }

    @Override
    public boolean canManage(Actor actor, String companyId) {
        return OfferAccess.canManage(actor, companyId);
    }

    /**
     * The command's terms with the site's coordinates; the site must be one of the company's, the tutor one of its
     * members, the target schools existing ones.
     */
    private OfferTerms validTerms(Company company, OfferCommand command) {
        Optional<Site> site = company.sites().stream().filter(s -> s.id().equals(command.siteId())).findFirst();
        var checks = new Checks();
        OfferTerms terms = checks.parse("", command, c -> c.validate(site.map(s -> s.address().location())
                .orElse(null), site.map(s -> s.address().city()).orElse(null), today()));
        String name = company.profile().displayName();
        if (command.siteId() != null && site.isEmpty()) {
            checks.add("siteId", ErrorCode.INVALID, "error.offer.site-unknown", name);
        }
        String tutor = command.tutorMembershipId();
        if (tutor != null && !tutor.isBlank() && memberships.findById(tutor.strip())
                .filter(m -> m.isActive() && m.tenant().equals(Tenant.company(company.id()))).isEmpty()) {
            checks.add("tutorMembershipId", ErrorCode.INVALID, "error.offer.tutor-not-member", name);
        }
        List<String> targets = command.targetSchoolIds() == null ? List.of() : command.targetSchoolIds();
        Set<String> known = schools.findAllById(targets.stream().map(String::strip).toList()).stream()
                .map(School::id).collect(Collectors.toSet());
        for (int i = 0; i < targets.size(); i++) {
            if (!known.contains(targets.get(i).strip())) {
                checks.add("targetSchoolIds." + i, ErrorCode.INVALID, "error.school.unknown");
            }
        }
        checks.throwIfAny();
        return terms;
    }

    private InternshipOffer change(Actor actor, String offerId, Long expectedVersion,
                                   Function<InternshipOffer, String> eventType,
                                   UnaryOperator<InternshipOffer> change) {
        return new VersionedChange<>(() -> managed(actor, offerId), InternshipOffer::version,
                (before, after) -> offers.update(after, events.changed(eventType.apply(before), initiator(actor, after),
                        before, after, attributes(after))))
                .apply(expectedVersion, change);
    }

    /** The offer, if the actor may change it: missing when they cannot even see it, forbidden when they only see it. */
    private InternshipOffer managed(Actor actor, String offerId) {
        InternshipOffer offer = find(actor, offerId).orElseThrow(() -> new NotFoundException("InternshipOffer", offerId));
        requireManager(actor, offer.companyId());
        return offer;
    }

    private void requireNotExpired(InternshipOffer offer) {
        if (offer.statusOn(today()) == OfferStatus.EXPIRED) {
            throw BusinessRuleViolation.of("status", ErrorCode.INVALID_STATE,
                    "error.offer.expired-republish");
        }
    }

    private static void requireManager(Actor actor, String companyId) {
        if (!OfferAccess.canManage(actor, companyId)) {
            throw new ForbiddenException("error.forbidden.offers");
        }
    }

    static Initiator initiator(Actor actor, InternshipOffer offer) {
        return actor.initiatorFor(Tenant.company(offer.companyId()));
    }

    static Map<String, String> attributes(InternshipOffer offer) {
        return Map.of("company", Tenant.company(offer.companyId()).key());
    }

    private LocalDate today() {
        return PlatformCalendar.today(clock);
    }
}
