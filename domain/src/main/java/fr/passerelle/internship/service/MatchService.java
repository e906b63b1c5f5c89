package fr.passerelle.internship.service;

import fr.passerelle.internship.model.Application;
import fr.passerelle.internship.model.ApplicationStatus;
import fr.passerelle.internship.model.Candidate;
import fr.passerelle.internship.model.InternshipOffer;
import fr.passerelle.internship.model.Match;
import fr.passerelle.internship.model.MatchPrefilter;
import fr.passerelle.internship.model.MatchTerms;
import fr.passerelle.internship.model.MatchWeights;
import fr.passerelle.internship.model.MatchingRules;
import fr.passerelle.internship.model.Scored;
import fr.passerelle.internship.model.SharedProfile;
import fr.passerelle.internship.model.SkillRequirement;
import fr.passerelle.internship.port.in.MatchUseCases;
import fr.passerelle.internship.port.in.OfferUseCases;
import fr.passerelle.internship.port.out.Applications;
import fr.passerelle.internship.port.out.InternshipOffers;
import fr.passerelle.learner.model.CareerPreferences.Mobility;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.model.LearnerSkill;
import fr.passerelle.learner.port.in.LearnerUseCases;
import fr.passerelle.learner.port.out.Learners;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.model.TenantType;
import fr.passerelle.school.model.PartnershipTier;
import fr.passerelle.school.model.School;
import fr.passerelle.school.port.out.Schools;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.model.GeoBox;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.paging.Keyset;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.RankedPages;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Prefilters with indexed criteria, then scores every remaining pair in Java with {@link MatchingRules}: the store
 * has no geo operators, and a score with reasons cannot be computed in a query anyway.
 */
public class MatchService implements MatchUseCases {

    /**
     * At most this many prefiltered offers or learners are scored per request: enough for any region's offers, and a
     * bound on the work one request can cause.
     */
    static final int CANDIDATES_SCORED = 5_000;
    /** The search box reaches as far as distance still earns points. */
    static final int BOX_RADIUS_FACTOR = 2;

    private final LearnerUseCases learnerUseCases;
    private final OfferUseCases offerUseCases;
    private final InternshipOffers offers;
    private final Learners learners;
    private final Applications applications;
    private final Schools schools;
    private final MatchWeights weights;
    private final Clock clock;

    public MatchService(LearnerUseCases learnerUseCases, OfferUseCases offerUseCases, InternshipOffers offers,
                        Learners learners, Applications applications, Schools schools, MatchWeights weights,
                        Clock clock) {
        this.learnerUseCases = learnerUseCases;
        this.offerUseCases = offerUseCases;
        this.offers = offers;
        this.learners = learners;
        this.applications = applications;
        this.schools = schools;
        this.weights = weights;
        this.clock = clock;
    }

    @Override
    public Page<Scored<InternshipOffer>> offersFor(Actor actor, String learnerId, Paging paging) {
        Learner learner = learnerUseCases.find(actor, learnerId)
                .orElseThrow(() -> new NotFoundException("Learner", learnerId));
        LocalDate today = PlatformCalendar.today(clock);
        Function<MatchTerms, Match> score = MatchingRules.scorer(learner,
                tierOf(learner, tiersOf(Stream.of(learner))), weights, today);
        return whole(ranked(offers.matchCandidates(prefilter(learner, today), CANDIDATES_SCORED).stream()
                .filter(terms -> terms.publishedOn(today))
                .filter(terms -> MatchingRules.eligible(learner, terms))
                .map(terms -> new Scored<>(terms, score.apply(terms)))
                .toList(), MatchTerms::offerId, paging));
    }

    /**
     * The ranked page with its offers read whole, in one read of the page's ids. An offer gone between the two reads
     * (a company's erasure) leaves the page.
     */
    private Page<Scored<InternshipOffer>> whole(Page<Scored<MatchTerms>> ranked) {
        Map<String, InternshipOffer> byId = offers.findAllById(ranked.items().stream()
                        .map(scored -> scored.item().offerId()).toList()).stream()
                .collect(Collectors.toMap(InternshipOffer::id, Function.identity()));
        List<Scored<InternshipOffer>> items = new ArrayList<>();
        List<Keyset> keys = new ArrayList<>();
        for (int i = 0; i < ranked.items().size(); i++) {
            Scored<MatchTerms> scored = ranked.items().get(i);
            InternshipOffer offer = byId.get(scored.item().offerId());
            if (offer != null) {
                items.add(new Scored<>(offer, scored.match()));
                keys.add(ranked.keys().get(i));
            }
        }
        return new Page<>(items, keys, ranked.hasNextPage(), ranked.hasPreviousPage());
    }

    @Override
    public Page<Scored<Candidate>> candidatesFor(Actor actor, String offerId, Paging paging) {
        InternshipOffer offer = offerUseCases.find(actor, offerId)
                .orElseThrow(() -> new NotFoundException("InternshipOffer", offerId));
        List<Candidate> pool = pool(actor, offer);
        LocalDate today = PlatformCalendar.today(clock);
        Map<String, PartnershipTier> tiers = tiersOf(pool.stream().map(Candidate::learner));
        return ranked(pool.stream()
                .map(candidate -> new Scored<>(candidate, scoreFor(candidate, offer, tiers, today)))
                .toList(), candidate -> candidate.learner().id(), paging);
    }

    /**
     * A company's applicant is scored on their shared profile, whose home base is already coarse, and reads a distance
     * band, never kilometres: nothing it gets locates the person.
     */
    private Match scoreFor(Candidate candidate, InternshipOffer offer, Map<String, PartnershipTier> tiers,
                           LocalDate today) {
        Match match = MatchingRules.score(candidate.learner(), offer, tierOf(candidate.learner(), tiers), weights,
                today);
        return candidate.application() == null ? match : match.withoutExactDistance();
    }

    /**
     * Whom the actor may see proposed: a company its open applicants as they shared themselves (eligible when they
     * applied, whatever they shared); school staff their learners; advisors and admins everyone eligible. The offer's
     * school targeting and skills narrow the read.
     */
    private List<Candidate> pool(Actor actor, InternshipOffer offer) {
        Set<String> skills = Stream.concat(offer.terms().requiredSkills().stream(),
                offer.terms().niceToHaveSkills().stream()).map(SkillRequirement::code).collect(Collectors.toSet());
        Set<String> targeted = offer.terms().targetSchoolIds();
        if (actor.readsEverything()) {
            return eligible(learners.matchCandidates(targeted.isEmpty() ? null : targeted, skills, CANDIDATES_SCORED),
                    offer);
        }
        if (actor.isMemberOf(Tenant.company(offer.companyId()))) {
            List<Application> open = applications.findByOffer(offer.id(), ApplicationStatus.open(), CANDIDATES_SCORED);
            Map<String, Learner> byId = learners.findAllById(open.stream().map(Application::learnerId).toList())
                    .stream().collect(Collectors.toMap(Learner::id, Function.identity()));
            return open.stream().filter(application -> byId.containsKey(application.learnerId()))
                    .map(application -> new Candidate(SharedProfile.of(byId.get(application.learnerId()),
                            application.sharedParts()), application))
                    .toList();
        }
        Set<String> ownSchools = new HashSet<>(actor.tenantIds(TenantType.SCHOOL));
        if (!targeted.isEmpty()) {
            ownSchools.retainAll(targeted);
        }
        return ownSchools.isEmpty() ? List.of()
                : eligible(learners.matchCandidates(ownSchools, skills, CANDIDATES_SCORED), offer);
    }

    private static List<Candidate> eligible(List<Learner> learners, InternshipOffer offer) {
        return learners.stream().filter(learner -> MatchingRules.eligible(learner, offer))
                .map(learner -> new Candidate(learner, null)).toList();
    }

    private static Optional<PartnershipTier> tierOf(Learner learner, Map<String, PartnershipTier> tiers) {
        String school = learner.academic().schoolId();
        return school == null ? Optional.empty() : Optional.ofNullable(tiers.get(school));
    }

    /**
     * Around the home base when the learner's mobility bounds where they can go; otherwise (no home base, or ready
     * to relocate) the offers asking at least one skill they hold or none at all, when they hold any.
     */
    private static MatchPrefilter prefilter(Learner learner, LocalDate today) {
        Mobility mobility = learner.career().mobility();
        boolean bounded = mobility != null && mobility.homeBase() != null && mobility.radiusKm() != null
                && !mobility.willingToRelocate();
        GeoBox box = bounded ? GeoBox.around(mobility.homeBase(), (double) mobility.radiusKm() * BOX_RADIUS_FACTOR)
                : null;
        Set<String> skills = bounded ? Set.of() : learner.skills().stream().filter(s -> s.isValidOn(today))
                .map(LearnerSkill::code).collect(Collectors.toSet());
        return new MatchPrefilter(today, box, learner.academic().schoolId(), skills);
    }

    /** The partnership tier of each learner's school, in one read. */
    private Map<String, PartnershipTier> tiersOf(Stream<Learner> pool) {
        Set<String> schoolIds = pool.map(learner -> learner.academic().schoolId()).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return schoolIds.isEmpty() ? Map.of() : schools.findAllById(schoolIds).stream()
                .collect(Collectors.toMap(School::id, School::tier));
    }

    /**
     * Best score first, ties by id so pages of results do not shuffle; the list was bounded by the prefilter
     * ({@link #CANDIDATES_SCORED}), so ranking it in memory costs what scoring it did.
     */
    private static <T> Page<Scored<T>> ranked(List<Scored<T>> scored, Function<T, String> id, Paging paging) {
        return RankedPages.page(scored, result -> (long) result.match().score(), result -> id.apply(result.item()),
                paging);
    }
}
