package fr.passerelle.internship.graphql;

import fr.passerelle.internship.model.Candidate;
import fr.passerelle.internship.model.InternshipOffer;
import fr.passerelle.internship.model.Match;
import fr.passerelle.internship.port.in.MatchUseCases;
import fr.passerelle.learner.graphql.LearnerView;
import fr.passerelle.learner.port.in.LearnerUseCases;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.model.PlatformCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Explainable matching over GraphQL: the domain's {@link Match} records are the reasons, exposed as they are. The
 * scored offers and learners come with the results, so no further read is needed per result.
 */
@Controller
class MatchController {

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

    @SchemaMapping(typeName = "Viewer", field = "offerMatches")
    List<OfferMatchView> viewerOfferMatches(@Argument Integer first, @ContextValue Actor actor) {
        return learners.mine(actor).map(learner -> offerMatches(actor, learner.id(), first)).orElse(List.of());
    }

    @SchemaMapping(typeName = LearnerView.TYPE, field = "offerMatches")
    List<OfferMatchView> learnerOfferMatches(LearnerView learner, @Argument Integer first,
                                             @ContextValue Actor actor) {
        return offerMatches(actor, learner.localId(), first);
    }

    @SchemaMapping(typeName = OfferView.TYPE, field = "candidates")
    List<CandidateMatchView> candidates(OfferView offer, @Argument Integer first, @ContextValue Actor actor) {
        LocalDate today = PlatformCalendar.today(clock);
        return matches.candidatesFor(actor, offer.localId(), size(first)).stream()
                .map(scored -> CandidateMatchView.of(scored.item(), scored.match(), actor, learners, today))
                .toList();
    }

    private List<OfferMatchView> offerMatches(Actor actor, String learnerId, Integer first) {
        Function<InternshipOffer, OfferView> view = offerViews.view();
        return matches.offersFor(actor, learnerId, size(first)).stream()
                .map(scored -> new OfferMatchView(view.apply(scored.item()), scored.match())).toList();
    }

    private static int size(Integer first) {
        return first == null ? MatchUseCases.DEFAULT_RESULTS : first;
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
