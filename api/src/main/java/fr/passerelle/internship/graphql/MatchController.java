package fr.passerelle.internship.graphql;

import fr.passerelle.api.graphql.ConnectionArguments;
import fr.passerelle.api.graphql.PageArguments;
import fr.passerelle.internship.model.Candidate;
import fr.passerelle.internship.model.InternshipOffer;
import fr.passerelle.internship.model.Match;
import fr.passerelle.internship.model.Scored;
import fr.passerelle.internship.port.in.MatchUseCases;
import fr.passerelle.learner.graphql.LearnerView;
import fr.passerelle.learner.port.in.LearnerUseCases;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import graphql.relay.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Explainable matching over GraphQL: the domain's {@link Match} records are the reasons, exposed as they are. The
 * scored offers and learners come with the results, so no further read is needed per result.
 */
@Controller
class MatchController {

    /** The ranking's name in cursors: score, then id. */
    private static final String RANKING = "SCORE";

    private final MatchUseCases matches;
    private final LearnerUseCases learners;
    private final OfferController offerViews;
    private final Clock clock;

    MatchController(MatchUseCases matches, LearnerUseCases learners, OfferController offerViews, Clock clock) {
        this.matches = matches;
        this.learners = learners;
        this.offerViews = offerViews;
        this.clock = clock;
    }

    @SchemaMapping(typeName = "Viewer", field = "matchingOffers")
    Connection<OfferMatchView> viewerMatchingOffers(@Arguments PageArguments page, @ContextValue Actor actor) {
        ConnectionArguments connection = page.orderedBy(RANKING);
        Paging paging = connection.paging();
        return connection.connection(learners.mine(actor)
                .map(learner -> matches.offersFor(actor, learner.id(), paging))
                .orElse(Page.empty()), offerMatch());
    }

    @SchemaMapping(typeName = LearnerView.TYPE, field = "matchingOffers")
    Connection<OfferMatchView> learnerMatchingOffers(LearnerView learner, @Arguments PageArguments page,
                                                     @ContextValue Actor actor) {
        ConnectionArguments connection = page.orderedBy(RANKING);
        return connection.connection(matches.offersFor(actor, learner.localId(), connection.paging()), offerMatch());
    }

    @SchemaMapping(typeName = OfferView.TYPE, field = "rankedCandidates")
    Connection<CandidateMatchView> rankedCandidates(OfferView offer, @Arguments PageArguments page,
                                                    @ContextValue Actor actor) {
        ConnectionArguments connection = page.orderedBy(RANKING);
        return connection.connection(matches.candidatesFor(actor, offer.localId(), connection.paging()),
                candidateMatch(actor));
    }

    @SchemaMapping(typeName = "Viewer", field = "offerMatches")
    List<OfferMatchView> viewerOfferMatches(@Argument Integer first, @ContextValue Actor actor) {
        return learners.mine(actor).map(learner -> matches.offersFor(actor, learner.id(), listed(first)).items())
                .orElse(List.of()).stream().map(offerMatch()).toList();
    }

    @SchemaMapping(typeName = LearnerView.TYPE, field = "offerMatches")
    List<OfferMatchView> learnerOfferMatches(LearnerView learner, @Argument Integer first,
                                             @ContextValue Actor actor) {
        return matches.offersFor(actor, learner.localId(), listed(first)).items().stream().map(offerMatch())
                .toList();
    }

    @SchemaMapping(typeName = OfferView.TYPE, field = "candidates")
    List<CandidateMatchView> candidates(OfferView offer, @Argument Integer first, @ContextValue Actor actor) {
        return matches.candidatesFor(actor, offer.localId(), listed(first)).items().stream()
                .map(candidateMatch(actor)).toList();
    }

    private Function<Scored<InternshipOffer>, OfferMatchView> offerMatch() {
        Function<InternshipOffer, OfferView> view = offerViews.view();
        return scored -> new OfferMatchView(view.apply(scored.item()), scored.match());
    }

    private Function<Scored<Candidate>, CandidateMatchView> candidateMatch(Actor actor) {
        LocalDate today = PlatformCalendar.today(clock);
        return scored -> CandidateMatchView.of(scored.item(), scored.match(), actor, learners, today);
    }

    /** The deprecated list fields: the first page of the ranking, as many as asked up to 50 (a negative count: none). */
    private static Paging listed(Integer first) {
        int size = first == null ? MatchUseCases.DEFAULT_RESULTS : first;
        return Paging.first(Math.max(0, Math.min(size, MatchUseCases.MAX_RESULTS)), null);
    }

    /** GraphQL {@code OfferMatch}. */
    record OfferMatchView(OfferView offer, Match match) {
    }

    /**
     * GraphQL {@code CandidateMatch}: the profile for those who read learners, the application for the company.
     */
    record CandidateMatchView(LearnerView learner, ApplicationView application, Match match) {

        static CandidateMatchView of(Candidate candidate, Match match, Actor actor, LearnerUseCases learners,
                                     LocalDate today) {
            var learner = candidate.learner();
            LearnerView profile = candidate.application() != null ? null
                    : LearnerView.of(learner, learners.canSeeContact(actor, learner), today);
            return new CandidateMatchView(profile,
                    candidate.application() == null ? null : ApplicationView.of(candidate.application()), match);
        }
    }
}
